"""contact notes: the counsellor's free-text note on a contact, addressed like its messages

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-27 10:00:00
"""
import sqlalchemy as sa
from alembic import op

import server.db

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'contact_note',
        sa.Column('contact_id', sa.String(length=36), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('updated_at', server.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column('updated_by', sa.String(length=36), nullable=True),
        sa.Column('updated_by_name', sa.String(length=200), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['contact_id'], ['contact.id'],
                                name=op.f('fk_contact_note_contact_id_contact')),
        sa.ForeignKeyConstraint(['updated_by'], ['app_user.id'],
                                name=op.f('fk_contact_note_updated_by_app_user')),
        sa.PrimaryKeyConstraint('contact_id', name=op.f('pk_contact_note')),
    )


def downgrade() -> None:
    op.drop_table('contact_note')
