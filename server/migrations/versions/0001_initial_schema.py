"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-23 19:39:38.313889
"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy import Text
from sqlalchemy.dialects import postgresql

import server.db

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('change_log',
    sa.Column('seq', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('scope', sa.String(length=30), nullable=False),
    sa.Column('entity', sa.String(length=50), nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('op', sa.String(length=10), nullable=False),
    sa.Column('data', sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), 'postgresql'), nullable=True),
    sa.Column('municipality_code', sa.String(length=3), nullable=True),
    sa.Column('audience_user_id', sa.String(length=36), nullable=True),
    sa.Column('group_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', server.db.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_change_log'))
    )
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.create_index('ix_change_log_entity', ['entity', 'entity_id'], unique=False)
        batch_op.create_index('ix_change_log_group_seq', ['group_id', 'seq'], unique=False)
        batch_op.create_index('ix_change_log_scope_seq', ['scope', 'seq'], unique=False)

    op.create_table('login_throttle',
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('locked_until', server.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('last_failure_at', server.db.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_login_throttle'))
    )
    op.create_table('municipality',
    sa.Column('code', sa.String(length=3), nullable=False),
    sa.Column('name_fi', sa.String(length=100), nullable=False),
    sa.Column('name_sv', sa.String(length=100), nullable=False),
    sa.Column('region_code', sa.String(length=2), nullable=False),
    sa.Column('population', sa.Integer(), nullable=True),
    sa.Column('languages', sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), 'postgresql'), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_municipality'))
    )
    with op.batch_alter_table('municipality', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_municipality_region_code'), ['region_code'], unique=False)

    op.create_table('mutation_outcome',
    sa.Column('client_id', sa.String(length=64), nullable=False),
    sa.Column('mutation_id', sa.BigInteger(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('code', sa.String(length=50), nullable=True),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('created_at', server.db.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('client_id', 'mutation_id', name=op.f('pk_mutation_outcome'))
    )
    op.create_table('sync_meta',
    sa.Column('key', sa.String(length=50), nullable=False),
    sa.Column('value', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_sync_meta'))
    )
    op.create_table('guidance_point',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('municipality_code', sa.String(length=3), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['municipality_code'], ['municipality.code'], name=op.f('fk_guidance_point_municipality_code_municipality')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guidance_point'))
    )
    op.create_table('team',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('municipality_code', sa.String(length=3), nullable=True),
    sa.Column('routing_mode', sa.String(length=10), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['municipality_code'], ['municipality.code'], name=op.f('fk_team_municipality_code_municipality')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team'))
    )
    op.create_table('app_user',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('username', sa.String(length=100), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=30), nullable=False),
    sa.Column('municipality_code', sa.String(length=3), nullable=True),
    sa.Column('team_id', sa.String(length=36), nullable=True),
    sa.Column('languages', sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), 'postgresql'), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', server.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['municipality_code'], ['municipality.code'], name=op.f('fk_app_user_municipality_code_municipality')),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], name=op.f('fk_app_user_team_id_team')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_app_user')),
    sa.UniqueConstraint('username', name=op.f('uq_app_user_username'))
    )
    op.create_table('client',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('last_name', sa.String(length=100), nullable=False),
    sa.Column('hetu', sa.String(length=11), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('municipality_code', sa.String(length=3), nullable=False),
    sa.Column('language', sa.String(length=2), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('responsible_worker_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', server.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['municipality_code'], ['municipality.code'], name=op.f('fk_client_municipality_code_municipality')),
    sa.ForeignKeyConstraint(['responsible_worker_id'], ['app_user.id'], name=op.f('fk_client_responsible_worker_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client'))
    )
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_client_municipality_code'), ['municipality_code'], unique=False)
        batch_op.create_index('ix_client_phone', ['phone'], unique=False)

    op.create_table('client_access_log',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('purpose', sa.String(length=50), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('at', server.db.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_client_access_log_user_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client_access_log'))
    )
    with op.batch_alter_table('client_access_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_client_access_log_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_client_access_log_user_id'), ['user_id'], unique=False)

    op.create_table('presence',
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('state', sa.String(length=30), nullable=False),
    sa.Column('since', server.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_presence_user_id_app_user')),
    sa.PrimaryKeyConstraint('user_id', name=op.f('pk_presence'))
    )
    op.create_table('refresh_token',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('family_id', sa.String(length=36), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('issued_at', server.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('expires_at', server.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('used_at', server.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('revoked_at', server.db.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_refresh_token_user_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_refresh_token')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_refresh_token_token_hash'))
    )
    with op.batch_alter_table('refresh_token', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_refresh_token_family_id'), ['family_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_refresh_token_user_id'), ['user_id'], unique=False)

    op.create_table('sync_client',
    sa.Column('client_id', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('last_mutation_id', sa.BigInteger(), nullable=False),
    sa.Column('last_seen_at', server.db.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_sync_client_user_id_app_user')),
    sa.PrimaryKeyConstraint('client_id', name=op.f('pk_sync_client'))
    )
    with op.batch_alter_table('sync_client', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_client_user_id'), ['user_id'], unique=False)

    op.create_table('contact',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('language', sa.String(length=2), nullable=False),
    sa.Column('municipality_code', sa.String(length=3), nullable=True),
    sa.Column('client_group', sa.String(length=30), nullable=False),
    sa.Column('priority', sa.Integer(), nullable=False),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('citizen_name', sa.String(length=100), nullable=False),
    sa.Column('client_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', server.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('accepted_by', sa.String(length=36), nullable=True),
    sa.Column('accepted_at', server.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('closed_at', server.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('citizen_token_hash', sa.String(length=64), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['accepted_by'], ['app_user.id'], name=op.f('fk_contact_accepted_by_app_user')),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_contact_client_id_client')),
    sa.ForeignKeyConstraint(['municipality_code'], ['municipality.code'], name=op.f('fk_contact_municipality_code_municipality')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact'))
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index('ix_contact_status_created', ['status', 'created_at'], unique=False)

    op.create_table('relative',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('relation', sa.String(length=50), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('is_contact_person', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_relative_client_id_client')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_relative'))
    )
    with op.batch_alter_table('relative', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_relative_client_id'), ['client_id'], unique=False)

    op.create_table('chat_message',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('contact_id', sa.String(length=36), nullable=False),
    sa.Column('sender', sa.String(length=20), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('author_name', sa.String(length=200), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_at', server.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['app_user.id'], name=op.f('fk_chat_message_author_id_app_user')),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_chat_message_contact_id_contact')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_chat_message'))
    )
    with op.batch_alter_table('chat_message', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_chat_message_contact_id'), ['contact_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('chat_message', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_chat_message_contact_id'))

    op.drop_table('chat_message')
    with op.batch_alter_table('relative', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_relative_client_id'))

    op.drop_table('relative')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index('ix_contact_status_created')

    op.drop_table('contact')
    with op.batch_alter_table('sync_client', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_client_user_id'))

    op.drop_table('sync_client')
    with op.batch_alter_table('refresh_token', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_refresh_token_user_id'))
        batch_op.drop_index(batch_op.f('ix_refresh_token_family_id'))

    op.drop_table('refresh_token')
    op.drop_table('presence')
    with op.batch_alter_table('client_access_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_client_access_log_user_id'))
        batch_op.drop_index(batch_op.f('ix_client_access_log_client_id'))

    op.drop_table('client_access_log')
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.drop_index('ix_client_phone')
        batch_op.drop_index(batch_op.f('ix_client_municipality_code'))

    op.drop_table('client')
    op.drop_table('app_user')
    op.drop_table('team')
    op.drop_table('guidance_point')
    op.drop_table('sync_meta')
    op.drop_table('mutation_outcome')
    with op.batch_alter_table('municipality', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_municipality_region_code'))

    op.drop_table('municipality')
    op.drop_table('login_throttle')
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_index('ix_change_log_scope_seq')
        batch_op.drop_index('ix_change_log_group_seq')
        batch_op.drop_index('ix_change_log_entity')

    op.drop_table('change_log')
