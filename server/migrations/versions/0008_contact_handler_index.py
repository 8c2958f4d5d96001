"""an index for each counsellor's open and unwrapped contacts

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-24 03:00:00
"""
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index('ix_contact_accepted_by_status', ['accepted_by', 'status'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index('ix_contact_accepted_by_status')
