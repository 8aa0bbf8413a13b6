package gr.etwinning.synedrio.application.service.contest;

import gr.etwinning.synedrio.application.ConflictException;
import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.application.fakes.UnusedAwardsTables;
import gr.etwinning.synedrio.application.port.in.contest.ContestData;
import gr.etwinning.synedrio.application.port.in.contest.PrizesData;
import gr.etwinning.synedrio.application.port.in.contest.ReplaceAwardsUseCase.ReplaceAwardsCommand;
import gr.etwinning.synedrio.application.port.in.contest.SetPrizePolicyUseCase;
import gr.etwinning.synedrio.application.port.in.contest.SetPrizePolicyUseCase.SetPrizePolicyCommand;
import gr.etwinning.synedrio.application.service.InMemoryPorts;
import gr.etwinning.synedrio.domain.RuleViolationException;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.contest.ContestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contest service on its own; the awards tables it reads and writes are tested in adapter-files. */
class ContestServiceTest {

    private ContestService service;

    @BeforeEach
    void setUp() {
        InMemoryPorts ports = new InMemoryPorts();
        ports.editions.add(EditionNumber.of(7));
        service = new ContestService(ports.contestRepository, ports.conferences, ports.schoolRepository,
                ports.transactions, new UnusedAwardsTables());
    }

    @Test
    void aStaleReplaceIsAConflict() {
        ContestData data = ContestMapper.toData(ContestFixtures.contest15());
        service.replaceAwards(new ReplaceAwardsCommand(15, data, null));
        ContestData changed = new ContestData(15, "2021-2022", 7, data.prizePolicy(), data.categories(),
                data.projects(), null);
        assertThat(service.replaceAwards(new ReplaceAwardsCommand(15, changed, 1L)).outcome()).isEqualTo("updated");
        assertThatThrownBy(() -> service.replaceAwards(new ReplaceAwardsCommand(15, data, 1L)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("version 2");
    }

    @Test
    void prizesArePerSchoolWithTheirReasonAndTotalsPerItem() {
        service.replaceAwards(new ReplaceAwardsCommand(15, ContestMapper.toData(ContestFixtures.contest15()), null));
        PrizesData prizes = service.getPrizes(15);
        assertThat(prizes.schools()).hasSize(22);
        assertThat(prizes.totals()).extracting(t -> t.item() + "=" + t.quantity() + "/" + t.schools())
                .containsExactly("tablet=140/14", "3D εκτυπωτής=8/8");
        PrizesData.SchoolPrizeData gym = prizes.schools().stream()
                .filter(s -> s.school().startsWith("2ο ΓΥΜΝΑΣΙΟ ΙΩΑΝΝΙΝΩΝ")).findFirst().orElseThrow();
        assertThat(gym.decidedBy()).isEqualTo("school-type");
        assertThat(gym.level()).isEqualTo("secondary");
        assertThat(gym.projects()).containsExactly("Me the A.I #2.0");
        assertThat(prizes.policy()).contains("primary: 10 × tablet per school unit");
    }

    /** Contest N with the 15th's table and no prize policy of its own. */
    private void withoutPolicy(int contest) {
        ContestData data = ContestMapper.toData(ContestFixtures.contest15());
        service.replaceAwards(new ReplaceAwardsCommand(contest, new ContestData(contest, null, 7, null,
                data.categories(), data.projects(), null), null));
    }

    @Test
    void aPolicySetFromRulesWithoutJsonDecidesThePrizes() {
        withoutPolicy(15);
        String policy = service.setPrizePolicy(new SetPrizePolicyCommand(15, List.of(
                SetPrizePolicyUseCase.parseRule("primary=10:tablet"),
                SetPrizePolicyUseCase.parseRule("secondary = 1 : 3D εκτυπωτής")), null));
        assertThat(policy).isEqualTo("primary: 10 × tablet per school unit; secondary: 1 × 3D εκτυπωτής per school"
                + " unit");
        PrizesData prizes = service.getPrizes(15);
        assertThat(prizes.carriedOver()).isFalse();
        assertThat(prizes.totals()).extracting(t -> t.item() + "=" + t.quantity() + "/" + t.schools())
                .containsExactly("tablet=140/14", "3D εκτυπωτής=8/8");
        assertThat(service.getAwards(15).prizePolicy().rules()).hasSize(2);
    }

    @Test
    void badRulesAreRefusedNamingWhatIsWrong() {
        withoutPolicy(15);
        assertThatThrownBy(() -> SetPrizePolicyUseCase.parseRule("primary:10=tablet"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LEVEL=QUANTITY:ITEM");
        assertThatThrownBy(() -> SetPrizePolicyUseCase.parseRule("primary=ten:tablet"))
                .hasMessageContaining("'ten' is not a whole number");
        assertThatThrownBy(() -> service.setPrizePolicy(new SetPrizePolicyCommand(15,
                List.of(SetPrizePolicyUseCase.parseRule("tertiary=1:book")), null)))
                .hasMessageContaining("'tertiary' is not one of primary, secondary");
        assertThatThrownBy(() -> service.setPrizePolicy(new SetPrizePolicyCommand(99,
                List.of(SetPrizePolicyUseCase.parseRule("primary=1:book")), null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aContestWithoutItsOwnPolicyUsesTheLatestEarlierContestsCarriedOver() {
        service.replaceAwards(new ReplaceAwardsCommand(15, ContestMapper.toData(ContestFixtures.contest15()), null));
        withoutPolicy(16);
        withoutPolicy(14);
        PrizesData prizes = service.getPrizes(16);
        assertThat(prizes.contest()).isEqualTo(16);
        assertThat(prizes.policyOf()).isEqualTo(15);
        assertThat(prizes.carriedOver()).isTrue();
        assertThat(prizes.totals()).extracting(t -> t.item() + "=" + t.quantity() + "/" + t.schools())
                .containsExactly("tablet=140/14", "3D εκτυπωτής=8/8");
        assertThatThrownBy(() -> service.getPrizes(14)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("no prize policy").hasMessageContaining("nor has any earlier contest")
                .hasMessageContaining("awards policy 14");
    }
}
