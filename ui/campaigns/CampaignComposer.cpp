// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CampaignComposer.h"

#include "MessageWidget.h"
#include "Workspace.h"
#include "campaigns/SenderId.h"
#include "editor/MessageEditor.h"
#include "providers/ProviderAccount.h"
#include "segments/SegmentQuery.h"
#include "segments/SegmentRepository.h"
#include "settings/Settings.h"
#include "sms/SmsCounter.h"
#include "sms/Utm.h"
#include "templates/TemplateRepository.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

CampaignComposer::CampaignComposer(Workspace& workspace, qint64 campaignId, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_campaignId(campaignId)
    , m_messageWidget(new MessageWidget(this))
    , m_nameEdit(new QLineEdit(this))
    , m_kindCombo(new QComboBox(this))
    , m_templateCombo(new QComboBox(this))
    , m_editor(new MessageEditor(this))
    , m_utmCheck(new QCheckBox(tr("Tag links for your analytics (utm_source=sms…)"), this))
    , m_footerCheck(new QCheckBox(tr("End with the opt-out footer (“Reply STOP to opt out”)"), this))
    , m_sentCountLabel(new QLabel(this))
    , m_allContactsRadio(new QRadioButton(tr("All contacts"), this))
    , m_segmentsRadio(new QRadioButton(tr("Contacts in any of these segments:"), this))
    , m_segmentList(new QListWidget(this))
    , m_accountCombo(new QComboBox(this))
    , m_senderEdit(new QLineEdit(this))
    , m_senderHintLabel(new QLabel(this))
    , m_scheduleGroup(new QButtonGroup(this))
    , m_nowRadio(new QRadioButton(tr("When I launch it"), this))
    , m_atRadio(new QRadioButton(tr("At"), this))
    , m_localRadio(new QRadioButton(tr("At each recipient's local time"), this))
    , m_atEdit(new QDateTimeEdit(this))
    , m_localDateEdit(new QDateEdit(this))
    , m_localTimeEdit(new QTimeEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"campaignComposer"_s);
    setWindowTitle(campaignId > 0 ? tr("Edit Campaign") : tr("New Campaign"));
    m_messageWidget->setObjectName(u"composerMessageWidget"_s);
    m_nameEdit->setObjectName(u"nameEdit"_s);
    m_nameEdit->setPlaceholderText(tr("Winter sale"));
    m_kindCombo->setObjectName(u"kindCombo"_s);
    m_kindCombo->addItem(tr("Marketing (opted-in contacts, opt-out footer)"), true);
    m_kindCombo->addItem(tr("Transactional (order and shipping updates)"), false);
    m_templateCombo->setObjectName(u"templateCombo"_s);
    m_editor->setObjectName(u"messageEditor"_s);
    m_utmCheck->setObjectName(u"utmCheck"_s);
    m_footerCheck->setObjectName(u"footerCheck"_s);
    m_footerCheck->setChecked(true);
    m_sentCountLabel->setObjectName(u"sentCountLabel"_s);
    m_sentCountLabel->setWordWrap(true);
    m_sentCountLabel->setTextFormat(Qt::RichText);
    m_allContactsRadio->setObjectName(u"allContactsRadio"_s);
    m_segmentsRadio->setObjectName(u"segmentsRadio"_s);
    m_segmentList->setObjectName(u"segmentList"_s);
    m_segmentList->setMinimumHeight(150);
    m_accountCombo->setObjectName(u"accountCombo"_s);
    m_senderEdit->setObjectName(u"senderEdit"_s);
    m_senderHintLabel->setObjectName(u"senderHintLabel"_s);
    m_senderHintLabel->setWordWrap(true);
    m_nowRadio->setObjectName(u"sendNowRadio"_s);
    m_atRadio->setObjectName(u"sendAtRadio"_s);
    m_localRadio->setObjectName(u"sendLocalRadio"_s);
    m_atEdit->setObjectName(u"sendAtEdit"_s);
    m_atEdit->setCalendarPopup(true);
    m_localDateEdit->setObjectName(u"localDateEdit"_s);
    m_localDateEdit->setCalendarPopup(true);
    m_localTimeEdit->setObjectName(u"localTimeEdit"_s);
    m_buttons->setObjectName(u"composerButtons"_s);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save Draft"));
    m_scheduleGroup->addButton(m_nowRadio);
    m_scheduleGroup->addButton(m_atRadio);
    m_scheduleGroup->addButton(m_localRadio);

    auto* audienceGroup = new QButtonGroup(this);
    audienceGroup->addButton(m_allContactsRadio);
    audienceGroup->addButton(m_segmentsRadio);

    // Left: the message. Right: who, from whom, when.
    auto* messageBox = new QGroupBox(tr("Message"), this);
    auto* messageLayout = new QVBoxLayout(messageBox);
    auto* templateRow = new QHBoxLayout;
    auto* templateLabel = new QLabel(tr("&Template:"), messageBox);
    templateLabel->setBuddy(m_templateCombo);
    templateRow->addWidget(templateLabel);
    templateRow->addWidget(m_templateCombo, 1);
    messageLayout->addLayout(templateRow);
    messageLayout->addWidget(m_editor, 1);
    messageLayout->addWidget(m_footerCheck);
    messageLayout->addWidget(m_utmCheck);
    messageLayout->addWidget(m_sentCountLabel);

    auto* audienceBox = new QGroupBox(tr("Audience"), this);
    auto* audienceLayout = new QVBoxLayout(audienceBox);
    audienceLayout->addWidget(m_allContactsRadio);
    audienceLayout->addWidget(m_segmentsRadio);
    audienceLayout->addWidget(m_segmentList);
    auto* audienceNote = new QLabel(tr("A person in several segments gets one message."), audienceBox);
    audienceNote->setWordWrap(true);
    audienceLayout->addWidget(audienceNote);

    auto* senderBox = new QGroupBox(tr("Sender"), this);
    auto* senderLayout = new QFormLayout(senderBox);
    senderLayout->addRow(tr("&Account:"), m_accountCombo);
    senderLayout->addRow(tr("Sender &ID:"), m_senderEdit);
    senderLayout->addRow(m_senderHintLabel);

    auto* scheduleBox = new QGroupBox(tr("When"), this);
    auto* scheduleLayout = new QGridLayout(scheduleBox);
    scheduleLayout->addWidget(m_nowRadio, 0, 0, 1, 3);
    scheduleLayout->addWidget(m_atRadio, 1, 0);
    scheduleLayout->addWidget(m_atEdit, 1, 1, 1, 2);
    scheduleLayout->addWidget(m_localRadio, 2, 0, 1, 3);
    scheduleLayout->addWidget(m_localDateEdit, 3, 1);
    scheduleLayout->addWidget(m_localTimeEdit, 3, 2);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("&Kind:"), m_kindCombo);

    auto* right = new QVBoxLayout;
    right->addWidget(audienceBox);
    right->addWidget(senderBox);
    right->addWidget(scheduleBox);
    right->addStretch(1);

    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(messageBox, 1);
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageWidget);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    m_editor->setWorkspace(&m_workspace);
    loadChoices();

    // Defaults of a new campaign.
    const Settings* settings = Settings::instance();
    m_utmCheck->setChecked(settings ? settings->utmTags() : true);
    m_allContactsRadio->setChecked(true);
    m_nowRadio->setChecked(true);
    const QDateTime tomorrow(QDate::currentDate().addDays(1), QTime(10, 0));
    m_atEdit->setDateTime(tomorrow);
    m_localDateEdit->setDate(tomorrow.date());
    m_localTimeEdit->setTime(QTime(10, 0));

    if (campaignId > 0) {
        if (auto campaign = CampaignRepository(m_workspace.database()).find(campaignId)) {
            setDraft(CampaignRepository::draftOf(campaign.value()));
        } else {
            m_messageWidget->showMessage(campaign.errorMessage(), MessageWidget::Type::Error);
        }
    }

    connect(m_templateCombo, &QComboBox::activated, this, &CampaignComposer::handleTemplateChosen);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &CampaignComposer::handleKindChanged);
    connect(m_editor, &MessageEditor::textChanged, this, &CampaignComposer::updateSentCount);
    connect(m_utmCheck, &QCheckBox::toggled, this, &CampaignComposer::updateSentCount);
    connect(m_footerCheck, &QCheckBox::toggled, this, &CampaignComposer::handleKindChanged);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &CampaignComposer::updateSentCount);
    connect(m_senderEdit, &QLineEdit::textChanged, this, &CampaignComposer::updateSenderHint);
    connect(m_accountCombo, &QComboBox::currentIndexChanged, this, &CampaignComposer::updateSenderHint);
    connect(m_scheduleGroup, &QButtonGroup::buttonToggled, this, &CampaignComposer::updateScheduleWidgets);
    connect(m_allContactsRadio, &QRadioButton::toggled, this, &CampaignComposer::updateAudience);
    connect(m_segmentList, &QListWidget::itemChanged, this, &CampaignComposer::updateAudience);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CampaignComposer::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CampaignComposer::reject);

    handleKindChanged();
    updateSenderHint();
    updateScheduleWidgets();
    updateAudience();
    updateSentCount();
    resize(1100, 720);
}

CampaignComposer::~CampaignComposer() = default;

void CampaignComposer::loadChoices()
{
    Database& database = m_workspace.database();
    m_templateCombo->addItem(tr("Write my own"), qint64(0));
    if (auto templates = TemplateRepository(database).list()) {
        for (const Template& t : std::as_const(templates.value())) {
            m_templateCombo->addItem(t.name, t.id);
        }
    }
    if (auto segments = SegmentRepository(database).list()) {
        for (const Segment& s : std::as_const(segments.value())) {
            auto* item = new QListWidgetItem(s.name, m_segmentList);
            item->setData(IdRole, s.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    if (auto accounts = ProviderAccounts(database).list()) {
        for (const ProviderAccount& a : std::as_const(accounts.value())) {
            m_accountCombo->addItem(a.isDefault ? tr("%1 (default)").arg(a.name) : a.name, a.id);
            m_accountCombo->setItemData(m_accountCombo->count() - 1, a.sender, Qt::UserRole + 2);
            if (a.isDefault) {
                m_accountCombo->setCurrentIndex(m_accountCombo->count() - 1);
            }
        }
    }
}

CampaignDraft CampaignComposer::draft() const
{
    CampaignDraft d;
    d.name = m_nameEdit->text().trimmed();
    d.body = m_editor->text();
    d.templateId = m_templateId;
    d.marketing = m_kindCombo->currentData().toBool();
    d.allContacts = m_allContactsRadio->isChecked();
    if (!d.allContacts) {
        for (int i = 0; i < m_segmentList->count(); ++i) {
            if (m_segmentList->item(i)->checkState() == Qt::Checked) {
                d.segmentIds.append(m_segmentList->item(i)->data(IdRole).toLongLong());
            }
        }
    }
    d.accountId = m_accountCombo->currentData().toLongLong();
    d.sender = m_senderEdit->text().trimmed();
    if (m_atRadio->isChecked()) {
        d.scheduleMode = ScheduleMode::At;
        d.scheduledAt = m_atEdit->dateTime();
    } else if (m_localRadio->isChecked()) {
        d.scheduleMode = ScheduleMode::LocalTime;
        d.localDate = m_localDateEdit->date();
        d.localTime = m_localTimeEdit->time();
    }
    d.utmTags = m_utmCheck->isChecked();
    d.optOutFooter = m_footerCheck->isChecked();
    d.transliterate = m_editor->transliterate();
    return d;
}

void CampaignComposer::setDraft(const CampaignDraft& d)
{
    m_nameEdit->setText(d.name);
    m_kindCombo->setCurrentIndex(d.marketing ? 0 : 1);
    m_templateId = d.templateId;
    const int templateIndex = m_templateCombo->findData(d.templateId);
    m_templateCombo->setCurrentIndex(templateIndex >= 0 ? templateIndex : 0);
    m_editor->setText(d.body);
    m_editor->setTransliterate(d.transliterate);
    m_allContactsRadio->setChecked(d.allContacts);
    m_segmentsRadio->setChecked(!d.allContacts);
    for (int i = 0; i < m_segmentList->count(); ++i) {
        QListWidgetItem* item = m_segmentList->item(i);
        item->setCheckState(d.segmentIds.contains(item->data(IdRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
    const int accountIndex = m_accountCombo->findData(d.accountId);
    if (accountIndex >= 0) {
        m_accountCombo->setCurrentIndex(accountIndex);
    }
    // The account's own sender is the default: only a different one is shown as chosen.
    const QString accountSender = m_accountCombo->currentData(Qt::UserRole + 2).toString();
    m_senderEdit->setText(d.sender == accountSender ? QString() : d.sender);
    switch (d.scheduleMode) {
    case ScheduleMode::Now:
        m_nowRadio->setChecked(true);
        break;
    case ScheduleMode::At:
        m_atRadio->setChecked(true);
        m_atEdit->setDateTime(d.scheduledAt.toLocalTime());
        break;
    case ScheduleMode::LocalTime:
        m_localRadio->setChecked(true);
        m_localDateEdit->setDate(d.localDate);
        m_localTimeEdit->setTime(d.localTime);
        break;
    }
    m_utmCheck->setChecked(d.utmTags);
    m_footerCheck->setChecked(d.optOutFooter);
    updateAudience();
    updateSentCount();
}

void CampaignComposer::handleTemplateChosen(int index)
{
    const qint64 id = m_templateCombo->itemData(index).toLongLong();
    m_templateId = id;
    if (id == 0) {
        return;
    }
    auto t = TemplateRepository(m_workspace.database()).find(id);
    if (!t) {
        m_messageWidget->showMessage(t.errorMessage(), MessageWidget::Type::Error);
        return;
    }
    m_editor->setText(t->body);
    m_editor->setLanguage(t->language);
    m_editor->setTransliterate(t->transliterate);
    // An order update template makes a transactional campaign; the user can still change it.
    m_kindCombo->setCurrentIndex(t->kind == Template::Kind::Marketing ? 0 : 1);
    if (m_nameEdit->text().trimmed().isEmpty()) {
        m_nameEdit->setText(t->name);
    }
}

void CampaignComposer::handleKindChanged()
{
    // Transactional messages carry no footer; a marketing one without it gets a pre-flight warning.
    const bool marketing = m_kindCombo->currentData().toBool();
    m_footerCheck->setEnabled(marketing);
    // The counter counts the footer exactly when it will be sent.
    m_editor->setMarketing(marketing && m_footerCheck->isChecked());
    updateSentCount();
}

QString CampaignComposer::sentText() const
{
    // The editor composes as the planner does: links tagged, then the footer.
    return m_editor->countedText();
}

QString CampaignComposer::utmCampaign() const
{
    if (!m_utmCheck->isChecked()) {
        return {};
    }
    // The campaign's utm_campaign value, as CampaignRepository::create() derives it.
    const QString slug = Utm::slug(m_nameEdit->text());
    return slug.isEmpty() ? u"campaign"_s : slug;
}

void CampaignComposer::updateSentCount()
{
    const QString utm = utmCampaign();
    m_editor->setUtmCampaign(utm);
    const bool tagged = !utm.isEmpty() && sentText().contains(u"utm_campaign="_s);
    m_sentCountLabel->setVisible(tagged);
    m_sentCountLabel->setText(tagged
            ? tr("The counter includes the tracking tags added to links (utm_campaign=%1).").arg(utm).toHtmlEscaped()
            : QString());
}

void CampaignComposer::updateSenderHint()
{
    const QString accountSender = m_accountCombo->currentData(Qt::UserRole + 2).toString();
    m_senderEdit->setPlaceholderText(accountSender.isEmpty() ? tr("The account's sender") : accountSender);
    const QString sender = m_senderEdit->text().trimmed().isEmpty() ? accountSender : m_senderEdit->text().trimmed();
    if (sender.isEmpty()) {
        m_senderHintLabel->setText(tr("The provider chooses the sender."));
        return;
    }
    const QString problem = SenderId::problem(sender);
    if (!problem.isEmpty()) {
        m_senderHintLabel->setText(problem);
        return;
    }
    m_senderHintLabel->setText(SenderId::classify(sender) == SenderId::Kind::Alphanumeric
            ? tr("A name as sender: nobody can reply to it, and US and Canadian numbers refuse it.")
            : tr("A number as sender: customers can reply, and STOP works."));
}

void CampaignComposer::updateScheduleWidgets()
{
    m_atEdit->setEnabled(m_atRadio->isChecked());
    m_localDateEdit->setEnabled(m_localRadio->isChecked());
    m_localTimeEdit->setEnabled(m_localRadio->isChecked());
}

void CampaignComposer::updateAudience()
{
    m_segmentList->setEnabled(m_segmentsRadio->isChecked());
    // The editor's parts distribution over the same people (the union of the segments).
    AudienceQuery audience;
    if (m_allContactsRadio->isChecked()) {
        audience.label = tr("All contacts");
        m_editor->setAudience(audience);
        return;
    }
    QStringList names;
    QStringList conditions;
    SegmentRepository segments(m_workspace.database());
    for (int i = 0; i < m_segmentList->count(); ++i) {
        QListWidgetItem* item = m_segmentList->item(i);
        if (item->checkState() != Qt::Checked) {
            continue;
        }
        auto segment = segments.find(item->data(IdRole).toLongLong());
        if (!segment) {
            continue;
        }
        auto sql = SegmentQuery::compile(segment->rules, QDateTime::currentDateTimeUtc());
        if (!sql) {
            continue;
        }
        names.append(segment->name);
        conditions.append(u"(%1)"_s.arg(sql->where));
        audience.bindings.append(sql->bindings);
    }
    if (conditions.isEmpty()) {
        m_editor->setAudience(AudienceQuery {QString(), u"1"_s, {}});
        return;
    }
    audience.label = QLocale().createSeparatedList(names);
    audience.where = conditions.join(u" OR "_s);
    m_editor->setAudience(audience);
}

bool CampaignComposer::save()
{
    const CampaignDraft d = draft();
    CampaignRepository campaigns(m_workspace.database());
    if (m_campaignId > 0) {
        if (auto updated = campaigns.updateDraft(m_campaignId, d); !updated) {
            m_messageWidget->showMessage(updated.errorMessage(), MessageWidget::Type::Error);
            return false;
        }
        return true;
    }
    auto id = campaigns.create(d);
    if (!id) {
        m_messageWidget->showMessage(id.errorMessage(), MessageWidget::Type::Error);
        return false;
    }
    m_campaignId = id.value();
    return true;
}

void CampaignComposer::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

} // namespace Herald
