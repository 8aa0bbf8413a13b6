package gr.etwinning.synedrio.adapter.out.persistence;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.Statement;

/**
 * Issue 16, a national registrations import: one index filled in random order fewer on {@code registration}. V4 keyed
 * the addresses twice — {@code uq_registration_email (edition, email_key)} and {@code ix_registration_email_key
 * (email_key)}, the latter for the look-ups by address across editions (erasure) and in lists (an import's batch, where
 * H2 uses an index for an {@code IN} list only on an index's first column) — and a million imported addresses wrote
 * each entry of both into a random page of indexes larger, together, than MariaDB's default 128 MiB buffer pool. The
 * unique key now begins with the address, {@code (email_key, edition)}, which serves every one of those look-ups, and
 * the edition has an index of its own (MariaDB's foreign key needs one; the counts and reports of an edition read it),
 * whose entries an import appends: (edition, id) grows with the id. Codes are made in time order for the same reason
 * ({@code Registrations.newCode}), so {@code uq_registration_code} is appended to as well.
 *
 * A Java migration because H2 and MariaDB spell the dropping of an index differently. On MariaDB it is one
 * {@code ALTER TABLE}, so that the address is never without its unique key in between (an instance still serving
 * could store one address twice there) and a cluster pays for one schema change, not four; on H2 each step is
 * written so that it may run again. Either way a run interrupted half-way (a lost connection, a node restarted)
 * completes when it runs again. Registered in {@link FlywaySchema}.
 */
final class V19__RegistrationIndexesAppended extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        boolean h2 = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("h2");
        try (Statement s = c.createStatement()) {
            if (h2) {
                // first the edition's own index, so that the foreign key always has one
                s.execute("create index if not exists ix_registration_edition on registration (edition)");
                s.execute("alter table registration drop constraint if exists uq_registration_email");
                s.execute("alter table registration add constraint uq_registration_email unique (email_key, edition)");
                s.execute("drop index if exists ix_registration_email_key");
            } else {
                s.execute("alter table registration add index if not exists ix_registration_edition (edition), "
                        + "drop index if exists uq_registration_email, "
                        + "add unique index uq_registration_email (email_key, edition), "
                        + "drop index if exists ix_registration_email_key");
            }
        }
    }
}
