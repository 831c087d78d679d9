package org.complaintdesk.domain.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.complaintdesk.domain.validation.Text;
import org.junit.jupiter.api.Test;

class NoticeSendersTest {

    @Test
    void the_most_specific_unit_signs_and_every_other_unit_gets_the_sender_for_all() {
        var senders = NoticeSenders.parse("*=供电客服中心:95598, gridco/east=东区供电:0571-95598");

        assertThat(senders.forUnit(new OrgUnitId("gridco/east/cs"))).isEqualTo(new Sender("东区供电", "0571-95598"));
        assertThat(senders.forUnit(new OrgUnitId("gridco/west"))).isEqualTo(new Sender("供电客服中心", "95598"));
    }

    @Test
    void with_nothing_named_the_complaint_centre_on_the_citys_hotline_signs() {
        assertThat(NoticeSenders.parse(null).forUnit(new OrgUnitId("water"))).isEqualTo(NoticeSenders.DEFAULT);
        assertThat(NoticeSenders.parse(" ").forUnit(new OrgUnitId("water"))).isEqualTo(NoticeSenders.DEFAULT);
    }

    @Test
    void every_bad_entry_is_named_at_once() {
        assertThatThrownBy(() -> NoticeSenders.parse(
                "gridco=东区供电, */x=A:1, water=自来水公司:hotline, gas=燃气:96777, gas=燃气公司:96777"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + " " + v.rule())
                        .containsExactlyInAnyOrder("entry 1 " + NoticeSenders.FORMAT, "entry 2.unit " + Text.FORMAT,
                                "entry 3 " + NoticeSenders.FORMAT, "entry 5 " + NoticeSenders.SENDER_TWICE));
    }
}
