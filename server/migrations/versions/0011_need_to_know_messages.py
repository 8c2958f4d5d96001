"""need to know in the change log: no contact's messages region-wide, the queue's subject
a short preview with identity codes masked

Up to 0010 a contact's messages went to the whole region until someone accepted it (every
first message of every chat and mail ever), and a chat's subject was the first 120
characters of its first message. This re-addresses those rows to the contact's handler
(or to no workstation: the citizen's own stream still reads them), turns the subjects the
log carries into previews, and raises the tombstone horizon past everything before, so
every workstation re-syncs from zero and the copies it already holds are dropped
(``reset_scope`` keeps unsent work: overlays, the outbox, drafts).

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-25 09:00:00
"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from workstation.queue.rules import preview

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

# server.sync.access.CITIZEN_ONLY as of this revision.
CITIZEN_ONLY = "(citizen)"
JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql')

change_log = sa.table(
    'change_log', sa.column('seq', sa.BigInteger), sa.column('scope', sa.String),
    sa.column('entity', sa.String), sa.column('entity_id', sa.String),
    sa.column('version', sa.Integer), sa.column('op', sa.String), sa.column('data', JSON),
    sa.column('municipality_code', sa.String), sa.column('audience_user_id', sa.String),
    sa.column('group_id', sa.String), sa.column('created_at', sa.DateTime))
contact = sa.table('contact', sa.column('id', sa.String), sa.column('channel', sa.String),
                   sa.column('subject', sa.String), sa.column('accepted_by', sa.String))
sync_meta = sa.table('sync_meta', sa.column('key', sa.String), sa.column('value', sa.String))
COLUMNS = ('scope', 'entity', 'entity_id', 'version', 'op', 'data', 'municipality_code',
           'audience_user_id', 'group_id', 'created_at')


def upgrade() -> None:
    conn = op.get_bind()
    # A chat's stored subject was the start of its first message; keep only the preview.
    # (An email's subject stays as written: mails are threaded by it. The log carries
    # only its preview.)
    for cid, subject in conn.execute(sa.select(contact.c.id, contact.c.subject)
                                     .where(contact.c.channel == 'chat')).all():
        if subject and preview(subject) != subject:
            conn.execute(contact.update().where(contact.c.id == cid)
                         .values(subject=preview(subject)))
    handler = dict(conn.execute(sa.select(contact.c.id, contact.c.accepted_by)).all())
    head = conn.execute(sa.select(sa.func.coalesce(sa.func.max(change_log.c.seq), 0))).scalar()
    rewritten = []
    rows = conn.execute(sa.select(change_log).where(sa.or_(
        sa.and_(change_log.c.entity.in_(('chat_message', 'typing')),
                change_log.c.audience_user_id.is_(None)),
        change_log.c.entity == 'contact')).order_by(change_log.c.seq)).mappings().all()
    for row in rows:
        new = {k: row[k] for k in COLUMNS}
        if row['entity'] == 'contact':
            data = dict(row['data'] or {})
            if not data.get('subject') or preview(data['subject']) == data['subject']:
                continue
            data['subject'] = preview(data['subject'])
            new['data'] = data
        else:
            new['audience_user_id'] = handler.get(row['group_id']) or CITIZEN_ONLY
        rewritten.append((row['seq'], new))
    if not rewritten:
        return
    # Written again at new seqs, in their order, and the horizon raised past every seq
    # before them: a workstation's cursor from before is behind it, so it starts over.
    # Inserted before the old rows go: SQLite (no AUTOINCREMENT) would reuse the seqs of
    # deleted rows at the end of the log.
    conn.execute(change_log.insert(), [new for _, new in rewritten])
    for seq, _ in rewritten:
        conn.execute(change_log.delete().where(change_log.c.seq == seq))
    horizon = str(int(head) + 1)
    if conn.execute(sa.select(sync_meta.c.value)
                    .where(sync_meta.c.key == 'tombstone_horizon')).first() is None:
        conn.execute(sync_meta.insert().values(key='tombstone_horizon', value=horizon))
    else:
        conn.execute(sync_meta.update().where(sync_meta.c.key == 'tombstone_horizon')
                     .values(value=horizon))


def downgrade() -> None:
    # The old routing sent these rows to everyone; nothing to put back.
    pass
