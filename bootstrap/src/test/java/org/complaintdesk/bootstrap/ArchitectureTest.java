package org.complaintdesk.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hexagon's dependency rule: the domain knows only the JDK and its packages form no cycle, the
 * application knows only the domain, adapters know the application but not each other, and only
 * bootstrap knows bootstrap.
 * Each rule is also run against a small fixture that breaks it, so a rule that silently matches
 * nothing would fail here too.
 */
class ArchitectureTest {
    private static JavaClasses production;
    private static JavaClasses brokenFixture;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.complaintdesk");
        brokenFixture = new ClassFileImporter().importPackages("org.complaintdesk.archfixture");
    }

    static List<ArchRule> rules(String root) {
        return List.of(
                classes().that().resideInAPackage(root + ".domain..")
                        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + ".domain..")
                        .as("the domain depends on nothing outside the JDK"),
                // A concept's package builds on others without their building on it, so that
                // each can be read, and split further, on its own.
                slices().matching(root + ".domain.(*)..")
                        .should().beFreeOfCycles()
                        .as("the domain's packages depend on one another without cycles"),
                noClasses().that().resideInAPackage(root + ".application..")
                        .should().dependOnClassesThat().resideInAnyPackage(
                                root + ".adapters..", root + ".api..", "io.grpc..", "org.jooq..", "com.google.protobuf..",
                                "java.sql..", "javax.sql..", "org.apache.poi..")
                        .as("the application does not depend on adapters, gRPC, protobuf, jOOQ, JDBC or POI"),
                onionArchitecture()
                        .domainModels(root + ".domain..")
                        .applicationServices(root + ".application..")
                        .adapter("grpc", root + ".adapters.grpc..")
                        .adapter("postgres", root + ".adapters.postgres..")
                        .adapter("kafka", root + ".adapters.kafka..")
                        .adapter("report", root + ".adapters.report..")
                        .withOptionalLayers(true)
                        // The composition root wires every layer; the last rule keeps it apart.
                        .ignoreDependency(JavaClass.Predicates.resideInAPackage(root + ".bootstrap.."),
                                DescribedPredicate.alwaysTrue())
                        .as("adapters depend inwards and never on one another"),
                noClasses().that().resideOutsideOfPackage(root + ".bootstrap..")
                        .should().dependOnClassesThat().resideInAPackage(root + ".bootstrap..")
                        .as("only bootstrap depends on bootstrap"));
    }

    @Test
    void the_production_code_keeps_every_dependency_rule() {
        for (ArchRule rule : rules("org.complaintdesk")) {
            rule.check(production);
        }
    }

    @Test
    void every_rule_catches_a_class_that_breaks_it() {
        for (ArchRule rule : rules("org.complaintdesk.archfixture")) {
            EvaluationResult result = rule.evaluate(brokenFixture);
            assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        }
    }

    @Test
    void the_production_import_sees_every_layer() {
        for (String layer : List.of("domain", "application", "adapters.grpc", "adapters.postgres", "adapters.report",
                "bootstrap")) {
            assertThat(production.stream().anyMatch(c -> c.getPackageName().startsWith("org.complaintdesk." + layer)))
                    .as(layer).isTrue();
        }
    }
}
