"""The first schema: the whole service file.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-23 09:03:35.775212
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "staff_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=24), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "role IN ('account_manager', 'supporter', 'escalation_manager', 'management')",
            name=op.f("ck_staff_members_role_valid"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_members")),
        sa.UniqueConstraint("name", name=op.f("uq_staff_members_name")),
    )
    op.create_table(
        "customers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("industry", sa.String(length=120), nullable=False),
        sa.Column("business_needs", sa.Text(), nullable=False),
        sa.Column("support_level", sa.String(length=24), nullable=False),
        sa.Column("support_in_scope", sa.Text(), nullable=False),
        sa.Column("support_out_of_scope", sa.Text(), nullable=False),
        sa.Column("window_days", sa.Integer(), nullable=False),
        sa.Column("window_start", sa.Integer(), nullable=False),
        sa.Column("window_end", sa.Integer(), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("knowledge_level", sa.String(length=24), nullable=False),
        sa.Column("criticality", sa.String(length=24), nullable=False),
        sa.Column("document_language", sa.String(length=24), nullable=False),
        sa.Column("account_manager_id", sa.Integer(), nullable=True),
        sa.Column("supporter_id", sa.Integer(), nullable=True),
        sa.Column("backup_supporter_id", sa.Integer(), nullable=True),
        sa.Column("next_review", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "criticality IN ('low', 'medium', 'high', 'critical')",
            name=op.f("ck_customers_criticality_valid"),
        ),
        sa.CheckConstraint(
            "document_language IN ('he', 'fa', 'en')",
            name=op.f("ck_customers_document_language_valid"),
        ),
        sa.CheckConstraint(
            "knowledge_level IN ('novice', 'intermediate', 'expert')",
            name=op.f("ck_customers_knowledge_level_valid"),
        ),
        sa.CheckConstraint(
            "support_level IN ('basic', 'standard', 'premium', 'dedicated')",
            name=op.f("ck_customers_support_level_valid"),
        ),
        sa.CheckConstraint(
            "window_days BETWEEN 1 AND 127", name=op.f("ck_customers_window_days_valid")
        ),
        sa.CheckConstraint(
            "window_start >= 0 AND window_end <= 1440 AND window_start < window_end",
            name=op.f("ck_customers_window_hours_valid"),
        ),
        sa.ForeignKeyConstraint(
            ["account_manager_id"],
            ["staff_members.id"],
            name=op.f("fk_customers_account_manager_id_staff_members"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["backup_supporter_id"],
            ["staff_members.id"],
            name=op.f("fk_customers_backup_supporter_id_staff_members"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["supporter_id"],
            ["staff_members.id"],
            name=op.f("fk_customers_supporter_id_staff_members"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customers")),
        sa.UniqueConstraint("name", name=op.f("uq_customers_name")),
    )
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_customers_account_manager_id"), ["account_manager_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_customers_backup_supporter_id"), ["backup_supporter_id"], unique=False
        )
        batch_op.create_index("ix_customers_next_review", ["next_review"], unique=False)
        batch_op.create_index("ix_customers_supporter", ["supporter_id"], unique=False)

    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("side", sa.String(length=24), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=120), nullable=False),
        sa.Column("itil_relation", sa.String(length=24), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("mobile", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("preferred_channel", sa.String(length=24), nullable=False),
        sa.Column("language", sa.String(length=24), nullable=True),
        sa.Column("reachable_hours", sa.String(length=120), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "itil_relation IN ('decision_maker', 'user', 'technical')",
            name=op.f("ck_contacts_itil_relation_valid"),
        ),
        sa.CheckConstraint(
            "language IS NULL OR language IN ('he', 'fa', 'en')",
            name=op.f("ck_contacts_language_valid"),
        ),
        sa.CheckConstraint(
            "preferred_channel IN ('phone', 'mobile', 'email', 'chat', 'in_person', 'ticket')",
            name=op.f("ck_contacts_preferred_channel_valid"),
        ),
        sa.CheckConstraint("side IN ('customer', 'provider')", name=op.f("ck_contacts_side_valid")),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_contacts_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contacts")),
    )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index(
            "ix_contacts_customer_position", ["customer_id", "position"], unique=False
        )

    op.create_table(
        "escalation_paths",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("severity", sa.String(length=24), nullable=False),
        sa.Column("side", sa.String(length=24), nullable=False),
        sa.CheckConstraint(
            "severity IN ('critical', 'high', 'medium', 'low')",
            name=op.f("ck_escalation_paths_severity_valid"),
        ),
        sa.CheckConstraint(
            "side IN ('customer', 'provider')", name=op.f("ck_escalation_paths_side_valid")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_escalation_paths_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_escalation_paths")),
        sa.UniqueConstraint(
            "customer_id",
            "severity",
            "side",
            name=op.f("uq_escalation_paths_customer_id_severity_side"),
        ),
    )
    op.create_table(
        "expectations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(length=24), nullable=False),
        sa.Column("holder", sa.String(length=24), nullable=False),
        sa.Column("customer_words", sa.Text(), nullable=False),
        sa.Column("agreed_target", sa.Text(), nullable=False),
        sa.Column("technical_target", sa.Text(), nullable=False),
        sa.Column("failures_per_year", sa.Float(), nullable=True),
        sa.Column("hours_per_failure", sa.Float(), nullable=True),
        sa.Column("availability_percent", sa.Float(), nullable=True),
        sa.Column("realistic", sa.Boolean(), nullable=False),
        sa.Column("cost_benefit", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("review_date", sa.Date(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "holder IN ('customer', 'users')", name=op.f("ck_expectations_holder_valid")
        ),
        sa.CheckConstraint(
            "status IN ('raised', 'in_discussion', 'agreed', 'declined')",
            name=op.f("ck_expectations_status_valid"),
        ),
        sa.CheckConstraint(
            "topic IN ('availability', 'response', 'resolution', 'reporting', 'communication', 'other')",
            name=op.f("ck_expectations_topic_valid"),
        ),
        sa.CheckConstraint(
            "availability_percent IS NULL OR availability_percent BETWEEN 0 AND 100",
            name=op.f("ck_expectations_percent_range"),
        ),
        sa.CheckConstraint(
            "failures_per_year IS NULL OR failures_per_year >= 0",
            name=op.f("ck_expectations_failures_non_negative"),
        ),
        sa.CheckConstraint(
            "hours_per_failure IS NULL OR hours_per_failure >= 0",
            name=op.f("ck_expectations_hours_non_negative"),
        ),
        sa.CheckConstraint(
            "realistic OR length(trim(cost_benefit)) > 0",
            name=op.f("ck_expectations_unrealistic_needs_cost_note"),
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_expectations_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_expectations")),
    )
    with op.batch_alter_table("expectations", schema=None) as batch_op:
        batch_op.create_index(
            "ix_expectations_customer_position", ["customer_id", "position"], unique=False
        )

    op.create_table(
        "feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=24), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("customer_words", sa.Text(), nullable=False),
        sa.Column("follow_up", sa.Text(), nullable=False),
        sa.Column("follow_up_done", sa.Boolean(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "channel IN ('meeting', 'call', 'email', 'survey', 'complaint', 'social', 'other')",
            name=op.f("ck_feedback_channel_valid"),
        ),
        sa.CheckConstraint(
            "score IS NULL OR score BETWEEN 1 AND 10", name=op.f("ck_feedback_score_range")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_feedback_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback")),
    )
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.create_index(
            "ix_feedback_customer_received", ["customer_id", "received_on"], unique=False
        )

    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("decisions", sa.Text(), nullable=False),
        sa.Column("covered_industry", sa.Boolean(), nullable=False),
        sa.Column("covered_business_needs", sa.Boolean(), nullable=False),
        sa.Column("covered_support_level", sa.Boolean(), nullable=False),
        sa.Column("covered_boundaries", sa.Boolean(), nullable=False),
        sa.Column("covered_escalation", sa.Boolean(), nullable=False),
        sa.Column("covered_contacts", sa.Boolean(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "kind IN ('kickoff', 'alignment', 'review')", name=op.f("ck_meetings_kind_valid")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_meetings_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
    )
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.create_index(
            "ix_meetings_customer_held_on", ["customer_id", "held_on"], unique=False
        )

    op.create_table(
        "service_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("improvement_plan", sa.Text(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "period_end >= period_start", name=op.f("ck_service_reports_period_order")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_service_reports_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_reports")),
    )
    with op.batch_alter_table("service_reports", schema=None) as batch_op:
        batch_op.create_index(
            "ix_service_reports_customer_period", ["customer_id", "period_start"], unique=False
        )

    op.create_table(
        "summary_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("language", sa.String(length=24), nullable=False),
        sa.Column("snapshot_json", sa.Text(), nullable=False),
        sa.Column("snapshot_sha256", sa.String(length=64), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=False),
        sa.Column("issued_by", sa.String(length=120), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "language IN ('he', 'fa', 'en')", name=op.f("ck_summary_versions_language_valid")
        ),
        sa.CheckConstraint(
            "status IN ('draft', 'issued', 'signed', 'superseded')",
            name=op.f("ck_summary_versions_status_valid"),
        ),
        sa.CheckConstraint("number >= 1", name=op.f("ck_summary_versions_number_positive")),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_summary_versions_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_summary_versions")),
        sa.UniqueConstraint(
            "customer_id", "number", name=op.f("uq_summary_versions_customer_id_number")
        ),
    )
    with op.batch_alter_table("summary_versions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_summary_versions_pdf_sha256"), ["pdf_sha256"], unique=False
        )

    op.create_table(
        "action_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=120), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_action_items_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_items")),
    )
    with op.batch_alter_table("action_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_action_items_meeting_id"), ["meeting_id"], unique=False
        )

    op.create_table(
        "escalation_levels",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("path_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("after_minutes", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=24), nullable=False),
        sa.CheckConstraint(
            "staff_id IS NOT NULL OR contact_id IS NOT NULL OR name != ''",
            name=op.f("ck_escalation_levels_level_has_someone"),
        ),
        sa.CheckConstraint(
            "channel IN ('phone', 'mobile', 'email', 'chat', 'in_person', 'ticket')",
            name=op.f("ck_escalation_levels_channel_valid"),
        ),
        sa.CheckConstraint(
            "after_minutes >= 0", name=op.f("ck_escalation_levels_after_minutes_non_negative")
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_escalation_levels_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["path_id"],
            ["escalation_paths.id"],
            name=op.f("fk_escalation_levels_path_id_escalation_paths"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff_members.id"],
            name=op.f("fk_escalation_levels_staff_id_staff_members"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_escalation_levels")),
        sa.UniqueConstraint(
            "path_id", "position", name=op.f("uq_escalation_levels_path_id_position")
        ),
    )
    with op.batch_alter_table("escalation_levels", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_escalation_levels_contact_id"), ["contact_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_escalation_levels_staff_id"), ["staff_id"], unique=False
        )

    op.create_table(
        "meeting_participants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("side", sa.String(length=24), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=120), nullable=False),
        sa.CheckConstraint(
            "side IN ('customer', 'provider')", name=op.f("ck_meeting_participants_side_valid")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_participants_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_participants")),
    )
    with op.batch_alter_table("meeting_participants", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_participants_meeting_id"), ["meeting_id"], unique=False
        )

    op.create_table(
        "report_results",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("expectation_id", sa.Integer(), nullable=False),
        sa.Column("achieved", sa.Text(), nullable=False),
        sa.Column("met", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["expectation_id"],
            ["expectations.id"],
            name=op.f("fk_report_results_expectation_id_expectations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["service_reports.id"],
            name=op.f("fk_report_results_report_id_service_reports"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_results")),
        sa.UniqueConstraint(
            "report_id", "expectation_id", name=op.f("uq_report_results_report_id_expectation_id")
        ),
    )
    with op.batch_alter_table("report_results", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_report_results_expectation_id"), ["expectation_id"], unique=False
        )

    op.create_table(
        "risks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("expectation_id", sa.Integer(), nullable=False),
        sa.Column("cause", sa.Text(), nullable=False),
        sa.Column("likelihood", sa.String(length=24), nullable=False),
        sa.Column("impact", sa.String(length=24), nullable=False),
        sa.Column("mitigation", sa.Text(), nullable=False),
        sa.Column("recovery_plan", sa.Text(), nullable=False),
        sa.Column("recovery_minutes", sa.Integer(), nullable=True),
        sa.Column("preparation", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "impact IN ('low', 'medium', 'high')", name=op.f("ck_risks_impact_valid")
        ),
        sa.CheckConstraint(
            "likelihood IN ('low', 'medium', 'high')", name=op.f("ck_risks_likelihood_valid")
        ),
        sa.CheckConstraint(
            "recovery_minutes IS NULL OR recovery_minutes >= 0",
            name=op.f("ck_risks_recovery_non_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["expectation_id"],
            ["expectations.id"],
            name=op.f("fk_risks_expectation_id_expectations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["staff_members.id"],
            name=op.f("fk_risks_owner_id_staff_members"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risks")),
    )
    with op.batch_alter_table("risks", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_risks_expectation_id"), ["expectation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_risks_owner_id"), ["owner_id"], unique=False)

    op.create_table(
        "signatories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("side", sa.String(length=24), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=120), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("method", sa.String(length=24), nullable=False),
        sa.Column("strokes_json", sa.Text(), nullable=False),
        sa.Column("scan", sa.LargeBinary(), nullable=True),
        sa.Column("scan_name", sa.String(length=255), nullable=False),
        sa.Column("scan_sha256", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "method IN ('paper', 'drawn', 'digital')", name=op.f("ck_signatories_method_valid")
        ),
        sa.CheckConstraint(
            "side IN ('customer', 'provider')", name=op.f("ck_signatories_side_valid")
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["summary_versions.id"],
            name=op.f("fk_signatories_version_id_summary_versions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signatories")),
    )
    with op.batch_alter_table("signatories", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signatories_version_id"), ["version_id"], unique=False)

    op.create_table(
        "systems",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("business_function", sa.String(length=200), nullable=False),
        sa.Column("environment", sa.String(length=24), nullable=False),
        sa.Column("version", sa.String(length=80), nullable=False),
        sa.Column("location", sa.String(length=160), nullable=False),
        sa.Column("host", sa.String(length=253), nullable=False),
        sa.Column("address", sa.String(length=253), nullable=False),
        sa.Column("serial", sa.String(length=120), nullable=False),
        sa.Column("criticality", sa.String(length=24), nullable=False),
        sa.Column("owner_contact_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "criticality IN ('low', 'medium', 'high', 'critical')",
            name=op.f("ck_systems_criticality_valid"),
        ),
        sa.CheckConstraint(
            "environment IN ('production', 'staging', 'test', 'development', 'dr')",
            name=op.f("ck_systems_environment_valid"),
        ),
        sa.CheckConstraint(
            "kind IN ('server', 'application', 'database', 'network', 'storage', 'cloud_service', 'workstation', 'security', 'other')",
            name=op.f("ck_systems_kind_valid"),
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_systems_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_contact_id"],
            ["contacts.id"],
            name=op.f("fk_systems_owner_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_systems")),
        sa.UniqueConstraint("customer_id", "name", name=op.f("uq_systems_customer_id_name")),
    )
    with op.batch_alter_table("systems", schema=None) as batch_op:
        batch_op.create_index(
            "ix_systems_customer_position", ["customer_id", "position"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_systems_owner_contact_id"), ["owner_contact_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("systems", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_systems_owner_contact_id"))
        batch_op.drop_index("ix_systems_customer_position")

    op.drop_table("systems")
    with op.batch_alter_table("signatories", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signatories_version_id"))

    op.drop_table("signatories")
    with op.batch_alter_table("risks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_risks_owner_id"))
        batch_op.drop_index(batch_op.f("ix_risks_expectation_id"))

    op.drop_table("risks")
    with op.batch_alter_table("report_results", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_report_results_expectation_id"))

    op.drop_table("report_results")
    with op.batch_alter_table("meeting_participants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_participants_meeting_id"))

    op.drop_table("meeting_participants")
    with op.batch_alter_table("escalation_levels", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_escalation_levels_staff_id"))
        batch_op.drop_index(batch_op.f("ix_escalation_levels_contact_id"))

    op.drop_table("escalation_levels")
    with op.batch_alter_table("action_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_items_meeting_id"))

    op.drop_table("action_items")
    with op.batch_alter_table("summary_versions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_summary_versions_pdf_sha256"))

    op.drop_table("summary_versions")
    with op.batch_alter_table("service_reports", schema=None) as batch_op:
        batch_op.drop_index("ix_service_reports_customer_period")

    op.drop_table("service_reports")
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_index("ix_meetings_customer_held_on")

    op.drop_table("meetings")
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.drop_index("ix_feedback_customer_received")

    op.drop_table("feedback")
    with op.batch_alter_table("expectations", schema=None) as batch_op:
        batch_op.drop_index("ix_expectations_customer_position")

    op.drop_table("expectations")
    op.drop_table("escalation_paths")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index("ix_contacts_customer_position")

    op.drop_table("contacts")
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_index("ix_customers_supporter")
        batch_op.drop_index("ix_customers_next_review")
        batch_op.drop_index(batch_op.f("ix_customers_backup_supporter_id"))
        batch_op.drop_index(batch_op.f("ix_customers_account_manager_id"))

    op.drop_table("customers")
    op.drop_table("staff_members")
