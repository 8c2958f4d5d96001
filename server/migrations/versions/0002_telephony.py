"""telephony

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 20:19:00.573552
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy import Text
from sqlalchemy.dialects import postgresql

import server.db

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('telephony_event',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('received_at', server.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('call_id', sa.String(length=100), nullable=False),
    sa.Column('event', sa.String(length=20), nullable=False),
    sa.Column('payload', sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), 'postgresql'), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_telephony_event'))
    )
    with op.batch_alter_table('telephony_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_telephony_event_call_id'), ['call_id'], unique=False)

    op.create_table('service_line',
    sa.Column('number', sa.String(length=30), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('language', sa.String(length=2), nullable=False),
    sa.Column('municipality_code', sa.String(length=3), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['municipality_code'], ['municipality.code'], name=op.f('fk_service_line_municipality_code_municipality')),
    sa.PrimaryKeyConstraint('number', name=op.f('pk_service_line'))
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.add_column(sa.Column('external_id', sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column('caller_number', sa.String(length=30), nullable=True))
        batch_op.add_column(sa.Column('service_line', sa.String(length=30), nullable=True))
        batch_op.add_column(sa.Column('answered_at', server.db.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('outcome', sa.String(length=30), nullable=True))
        batch_op.add_column(sa.Column('candidates', sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), 'postgresql'), nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_contact_external_id'), ['external_id'])



def downgrade() -> None:
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_contact_external_id'), type_='unique')
        batch_op.drop_column('candidates')
        batch_op.drop_column('outcome')
        batch_op.drop_column('answered_at')
        batch_op.drop_column('service_line')
        batch_op.drop_column('caller_number')
        batch_op.drop_column('external_id')

    op.drop_table('service_line')
    with op.batch_alter_table('telephony_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_telephony_event_call_id'))

    op.drop_table('telephony_event')
