"""need to know in the change log: an ended contact reaches its handler only

Up to here a contact's row (citizen name, caller number, mail address, handover note,
wrap-up) went to the whole region for good: every counsellor's store kept every contact
ever. Now a closed contact is addressed to its handler (or, if nobody handled it, to no
workstation: the citizen's own stream still reads it by group_id). This re-addresses the
logged rows of the contacts that have ended, their earlier states included (they carry
the same name), and raises the tombstone horizon past everything before, so every
workstation re-syncs from zero and drops the copies it holds (``reset_scope`` keeps
unsent work: overlays, the outbox, drafts).

Revision ID: 0013
Revises: 0011 (0012, contact notes, comes from a parallel branch: at the merge this
revises 0012)
Create Date: 2026-12-02 09:00:00
"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

# server.sync.access.CITIZEN_ONLY as of this revision.
CITIZEN_ONLY = "(citizen)"
BATCH = 1000
JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql')

change_log = sa.table(
    'change_log', sa.column('seq', sa.BigInteger), sa.column('scope', sa.String),
    sa.column('entity', sa.String), sa.column('entity_id', sa.String),
    sa.column('version', sa.Integer), sa.column('op', sa.String), sa.column('data', JSON),
    sa.column('municipality_code', sa.String), sa.column('audience_user_id', sa.String),
    sa.column('group_id', sa.String), sa.column('created_at', sa.DateTime))
contact = sa.table('contact', sa.column('id', sa.String), sa.column('status', sa.String),
                   sa.column('accepted_by', sa.String))
sync_meta = sa.table('sync_meta', sa.column('key', sa.String), sa.column('value', sa.String))
COLUMNS = ('scope', 'entity', 'entity_id', 'version', 'op', 'data', 'municipality_code',
           'audience_user_id', 'group_id', 'created_at')


def upgrade() -> None:
    conn = op.get_bind()
    ended = dict(conn.execute(sa.select(contact.c.id, contact.c.accepted_by)
                              .where(contact.c.status == 'closed')).all())
    if not ended:
        return
    head = conn.execute(sa.select(sa.func.coalesce(sa.func.max(change_log.c.seq), 0))).scalar()
    after, moved = 0, 0
    while True:
        # In pages by seq, up to the head as it was: the rows written again land above it.
        rows = conn.execute(
            sa.select(change_log)
            .where(change_log.c.entity == 'contact', change_log.c.audience_user_id.is_(None),
                   change_log.c.seq > after, change_log.c.seq <= head)
            .order_by(change_log.c.seq).limit(BATCH)).mappings().all()
        if not rows:
            break
        after = rows[-1]['seq']
        rewritten = []
        for row in rows:
            if row['entity_id'] not in ended:
                continue
            new = {k: row[k] for k in COLUMNS}
            new['audience_user_id'] = ended[row['entity_id']] or CITIZEN_ONLY
            rewritten.append((row['seq'], new))
        if not rewritten:
            continue
        # Written again at new seqs, in their order; inserted before the old rows go:
        # SQLite (no AUTOINCREMENT) would reuse the seqs of deleted rows at the end.
        conn.execute(change_log.insert(), [new for _, new in rewritten])
        conn.execute(change_log.delete().where(
            change_log.c.seq.in_([seq for seq, _ in rewritten])))
        moved += len(rewritten)
    if not moved:
        return
    # Every cursor from before is behind the horizon: the workstations start over, and the
    # ended contacts of others are not in what they sync again.
    old = conn.execute(sa.select(sync_meta.c.value)
                       .where(sync_meta.c.key == 'tombstone_horizon')).first()
    if old is None:
        conn.execute(sync_meta.insert().values(key='tombstone_horizon', value=str(head + 1)))
    else:
        conn.execute(sync_meta.update().where(sync_meta.c.key == 'tombstone_horizon')
                     .values(value=str(max(int(old[0] or 0), int(head) + 1))))


def downgrade() -> None:
    # The old routing sent these rows to everyone; nothing to put back.
    pass
