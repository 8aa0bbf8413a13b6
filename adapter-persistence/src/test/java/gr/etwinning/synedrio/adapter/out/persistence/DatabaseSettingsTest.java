package gr.etwinning.synedrio.adapter.out.persistence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which URLs are taken: a MariaDB URL must name its database (else every pooled connection fails, each logged). */
class DatabaseSettingsTest {

    @Test
    void aMariaDbUrlWithoutADatabaseIsRefusedNamingTheFixAndNeverThePassword() {
        for (String url : new String[] {"jdbc:mariadb://127.0.0.1:3306/", "jdbc:mariadb://127.0.0.1:3306",
                "jdbc:mariadb://127.0.0.1/?password=secret", "jdbc:mysql://db.example.gr:3306/?user=x",
                "jdbc:mariadb:replication://a:3306,b:3306/"}) {
            assertThatThrownBy(() -> new DatabaseSettings(url, "root", "")).as(url)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names no database")
                    .hasMessageContaining("jdbc:mariadb://127.0.0.1:3306/synedrio")
                    .hasMessageNotContaining("secret");
        }
    }

    @Test
    void urlsThatNameTheirDatabaseAreTakenWhateverTheirServersAndOptions() {
        assertThat(DatabaseSettings.databaseName("jdbc:mariadb://127.0.0.1:3306/synedrio")).isEqualTo("synedrio");
        assertThat(DatabaseSettings.databaseName("jdbc:mariadb://h:3306/συνέδριο?socketTimeout=5")).isEqualTo(
                "συνέδριο");
        assertThat(DatabaseSettings.databaseName("jdbc:mariadb:sequential://a:3306,b:3307/s;x=1")).isEqualTo("s");
        assertThat(DatabaseSettings.databaseName("jdbc:mariadb://address=(host=a)(port=3306)/s")).isEqualTo("s");
        assertThat(new DatabaseSettings("jdbc:h2:mem:x", "sa", "").isH2()).isTrue();
        assertThat(new DatabaseSettings("jdbc:mariadb://127.0.0.1:3306/test", "root", null).password()).isEmpty();
    }
}
