"""a contact's client group may be unknown until the wrap-up; lines and addresses may imply one

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-24 08:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.alter_column('client_group', existing_type=sa.String(length=30),
                              nullable=True)
    with op.batch_alter_table('service_line', schema=None) as batch_op:
        batch_op.add_column(sa.Column('client_group', sa.String(length=30), nullable=True))
    with op.batch_alter_table('mail_address', schema=None) as batch_op:
        batch_op.add_column(sa.Column('client_group', sa.String(length=30), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('mail_address', schema=None) as batch_op:
        batch_op.drop_column('client_group')
    with op.batch_alter_table('service_line', schema=None) as batch_op:
        batch_op.drop_column('client_group')
    op.execute("UPDATE contact SET client_group = 'older_people' WHERE client_group IS NULL")
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.alter_column('client_group', existing_type=sa.String(length=30),
                              nullable=False)
