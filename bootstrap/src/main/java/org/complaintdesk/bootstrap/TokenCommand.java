package org.complaintdesk.bootstrap;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.complaintdesk.domain.organisation.Role;

/**
 * {@code complaintdesk token --user U --role R [--role R2] --unit X [--unit Y] [--hours H]}: prints a
 * token of the development issuer kept in the data directory, which a service on the same data
 * directory accepts. Refused when an identity provider is configured: its tokens are the ones then.
 */
final class TokenCommand {
    static final String NAME = "token";
    static final int DEFAULT_HOURS = 8;
    private static final String USAGE = "usage: token --user USER --role ROLE [--role ROLE...] --unit UNIT [--unit UNIT...]"
            + " [--hours HOURS]  (roles: AGENT, HANDLER, SUPERVISOR, DIRECTOR, AUDITOR, SYSTEM)";

    private TokenCommand() {
    }

    /** Runs the command; the token goes to {@code out}, anything else to {@code err}. Returns the exit status. */
    static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        String user = null;
        List<String> roles = new ArrayList<>();
        List<String> units = new ArrayList<>();
        int hours = DEFAULT_HOURS;
        try {
            for (int i = 0; i < args.size(); i += 2) {
                String option = args.get(i);
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                String value = args.get(i + 1);
                switch (option) {
                    case "--user" -> user = value;
                    case "--role" -> roles.add(Role.valueOf(value.strip().toUpperCase(Locale.ROOT)).name());
                    case "--unit" -> units.add(value);
                    case "--hours" -> hours = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
            if (user == null || roles.isEmpty() || units.isEmpty() || hours < 1 || hours > 24 * 30) {
                throw new IllegalArgumentException("--user, at least one --role and one --unit are needed; --hours 1 to 720");
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        Config config;
        try {
            config = Config.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (config.authentication().issuer().isPresent()) {
            err.println("COMPLAINTS_OIDC_ISSUER is set: the service accepts tokens of " + config.authentication().issuer().get()
                    + " only; get one from it");
            return 2;
        }
        DevelopmentIssuer issuer = DevelopmentIssuer.inDataDirectory(config.dataDirectory(), config.authentication());
        out.println(issuer.mint(user, roles, units, Duration.ofHours(hours)));
        return 0;
    }
}
