package gr.etwinning.synedrio.application.service.contest;

import gr.etwinning.synedrio.application.ConflictException;
import gr.etwinning.synedrio.application.fakes.UnusedAwardsTables;
import gr.etwinning.synedrio.application.port.in.contest.ContestData;
import gr.etwinning.synedrio.application.port.in.contest.PrizesData;
import gr.etwinning.synedrio.application.port.in.contest.ReplaceAwardsUseCase.ReplaceAwardsCommand;
import gr.etwinning.synedrio.application.service.InMemoryPorts;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.contest.ContestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
}
