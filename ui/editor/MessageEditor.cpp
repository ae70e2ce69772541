// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MessageEditor.h"

#include "SmsHighlighter.h"

#include "Workspace.h"
#include "analytics/AnalyticsCharts.h"
#include "campaigns/CampaignRepository.h"
#include "contacts/ContactRepository.h"
#include "contacts/ContactValues.h"
#include "settings/Settings.h"
#include "sms/GsmCharset.h"
#include "sms/GsmSafe.h"
#include "sms/MessageTemplate.h"
#include "sms/OptOutFooter.h"
#include "sms/OptOutFooterStore.h"
#include "sms/OutgoingText.h"
#include "sms/SmsCounter.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

constexpr int LanguageRole = Qt::UserRole + 1;

QString shopName()
{
    const Settings* settings = Settings::instance();
    const QString name = settings ? settings->shopName() : QString();
    return name.isEmpty() ? MessageEditor::tr("our shop") : name;
}

// The prices a launch would estimate with: the defaults and the user's own (Settings).
PriceTable launchPrices()
{
    const Settings* settings = Settings::instance();
    return settings ? LaunchOptions::fromSettings(*settings).prices : PriceTable();
}

QString changesTooltip(const GsmSafeText& result)
{
    QStringList pairs;
    for (const TextChange& change : result.changes) {
        const QString pair
            = u"%1 → %2"_s.arg(change.from, change.to.isEmpty() ? MessageEditor::tr("(removed)") : change.to);
        if (!pairs.contains(pair)) {
            pairs << pair;
        }
        if (pairs.size() >= 12) {
            pairs << u"…"_s;
            break;
        }
    }
    return pairs.join(u"\n"_s);
}

} // namespace

MessageEditor::MessageEditor(QWidget* parent)
    : QWidget(parent)
    , m_bodyEdit(new QPlainTextEdit(this))
    , m_highlighter(new SmsHighlighter(m_bodyEdit->document()))
    , m_insertButton(new QToolButton(this))
    , m_gsmSafeButton(new QPushButton(this))
    , m_transliterateButton(new QPushButton(this))
    , m_transliterateLanguageCombo(new QComboBox(this))
    , m_transliterateOnSendCheck(new QCheckBox(tr("Send &without diacritics"), this))
    , m_counterLabel(new QLabel(this))
    , m_encodingLabel(new QLabel(this))
    , m_previewContactCombo(new QComboBox(this))
    , m_previewLabel(new QLabel(this))
    , m_audienceLabel(new QLabel(this))
    , m_audienceTimer(new QTimer(this))
    , m_audienceWatcher(new QFutureWatcher<AnalysisOutcome>(this))
{
    m_bodyEdit->setObjectName(u"bodyEdit"_s);
    m_insertButton->setObjectName(u"insertPlaceholderButton"_s);
    m_gsmSafeButton->setObjectName(u"gsmSafeButton"_s);
    m_transliterateButton->setObjectName(u"transliterateButton"_s);
    m_transliterateLanguageCombo->setObjectName(u"transliterateLanguageCombo"_s);
    m_transliterateOnSendCheck->setObjectName(u"transliterateOnSendCheck"_s);
    m_transliterateOnSendCheck->setToolTip(tr("Transliterate the message as it is sent (ą→a, ș→s, ж→zh…), "
                                              "including the names filled in, so it stays GSM-7 and cheaper. "
                                              "The preview and the counts show the result."));
    m_counterLabel->setObjectName(u"counterLabel"_s);
    m_encodingLabel->setObjectName(u"encodingLabel"_s);
    m_previewContactCombo->setObjectName(u"previewContactCombo"_s);
    m_previewLabel->setObjectName(u"previewLabel"_s);
    m_audienceLabel->setObjectName(u"audienceLabel"_s);

    m_bodyEdit->setTabChangesFocus(true);
    m_bodyEdit->setPlaceholderText(tr("Write your message. Insert placeholders such as {first_name|there} to "
                                      "greet each customer by name."));
    m_bodyEdit->setMinimumHeight(110);
    m_bodyEdit->setAccessibleName(tr("Message text"));

    m_insertButton->setText(tr("Insert placeholder"));
    m_insertButton->setPopupMode(QToolButton::InstantPopup);
    m_insertButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_insertButton->setMenu(new QMenu(m_insertButton));
    m_gsmSafeButton->setToolTip(tr("Replace curly quotes, long dashes and similar characters by their plain "
                                   "GSM equivalents"));
    for (GsmSafe::Language language : GsmSafe::allLanguages()) {
        m_transliterateLanguageCombo->addItem(GsmSafe::languageName(language), int(language));
    }
    m_transliterateLanguageCombo->setAccessibleName(tr("Language of the diacritics to remove"));
    m_counterLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_encodingLabel->setWordWrap(true);
    m_previewLabel->setWordWrap(true);
    m_previewLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewLabel->setTextFormat(Qt::PlainText);
    m_previewLabel->setFrameShape(QFrame::StyledPanel);
    m_previewLabel->setMargin(6);
    m_previewLabel->setAutoFillBackground(true);
    m_previewLabel->setBackgroundRole(QPalette::AlternateBase);
    m_audienceLabel->setWordWrap(true);
    m_audienceLabel->hide();

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_insertButton);
    tools->addStretch();
    tools->addWidget(m_gsmSafeButton);
    tools->addWidget(m_transliterateButton);
    tools->addWidget(m_transliterateLanguageCombo);

    auto* previewRow = new QHBoxLayout;
    auto* previewFor = new QLabel(tr("&Preview for:"), this);
    previewFor->setBuddy(m_previewContactCombo);
    previewRow->addWidget(previewFor);
    previewRow->addWidget(m_previewContactCombo, 1);
    previewRow->addWidget(m_transliterateOnSendCheck);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(m_bodyEdit, 1);
    layout->addWidget(m_counterLabel);
    layout->addWidget(m_encodingLabel);
    layout->addLayout(previewRow);
    layout->addWidget(m_previewLabel);
    layout->addWidget(m_audienceLabel);

    m_audienceTimer->setSingleShot(true);
    m_audienceTimer->setInterval(400);
    connect(m_audienceTimer, &QTimer::timeout, this, &MessageEditor::startAudienceAnalysis);
    connect(
        m_audienceWatcher, &QFutureWatcher<AnalysisOutcome>::finished, this, &MessageEditor::handleAudienceFinished);
    connect(m_bodyEdit, &QPlainTextEdit::textChanged, this, &MessageEditor::handleTextChanged);
    connect(m_gsmSafeButton, &QPushButton::clicked, this, &MessageEditor::applyGsmSafe);
    connect(m_transliterateOnSendCheck, &QCheckBox::toggled, this, [this](bool on) {
        updateCounter();
        if (!m_audience.label.isEmpty()) {
            m_audienceTimer->start();
        }
        emit transliterateChanged(on);
    });
    connect(m_transliterateButton, &QPushButton::clicked, this, &MessageEditor::applyTransliteration);
    connect(m_transliterateLanguageCombo, &QComboBox::currentIndexChanged, this, &MessageEditor::updateFixButtons);
    connect(m_previewContactCombo, &QComboBox::currentIndexChanged, this, &MessageEditor::handlePreviewContactChanged);

    rebuildPlaceholderMenu();
    reloadPreviewContacts();
    updateCounter();
}

MessageEditor::~MessageEditor()
{
    if (m_audienceCancel) {
        m_audienceCancel->store(true);
    }
    m_audienceWatcher->waitForFinished();
}

void MessageEditor::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    rebuildPlaceholderMenu();
    reloadPreviewContacts();
    updateCounter();
}

QString MessageEditor::text() const
{
    return m_bodyEdit->toPlainText();
}

void MessageEditor::setText(const QString& text)
{
    m_bodyEdit->setPlainText(text);
}

void MessageEditor::setMarketing(bool marketing)
{
    m_marketing = marketing;
    updateCounter();
}

void MessageEditor::setUtmCampaign(const QString& utmCampaign)
{
    if (utmCampaign == m_utmCampaign) {
        return;
    }
    m_utmCampaign = utmCampaign;
    updateCounter();
    if (!m_audience.label.isEmpty()) {
        m_audienceTimer->start();
    }
}

void MessageEditor::setLanguage(const QString& language)
{
    const bool changed = language != m_language;
    m_language = language;
    if (changed && !language.isEmpty()) {
        // Preview with someone who reads this language, so the footer matches too.
        for (int i = 1; i < m_previewContactCombo->count(); ++i) {
            if (m_previewContactCombo->itemData(i, LanguageRole).toString() == language) {
                m_previewContactCombo->setCurrentIndex(i);
                break;
            }
        }
    }
    if (auto table = GsmSafe::languageForCode(language)) {
        m_transliterateLanguageCombo->setCurrentIndex(m_transliterateLanguageCombo->findData(int(*table)));
    }
    updateCounter();
}

void MessageEditor::setReadOnly(bool readOnly)
{
    m_bodyEdit->setReadOnly(readOnly);
    m_insertButton->setEnabled(!readOnly);
    updateFixButtons();
}

void MessageEditor::setTransliterate(bool transliterate)
{
    m_transliterateOnSendCheck->setChecked(transliterate);
}

bool MessageEditor::transliterate() const
{
    return m_transliterateOnSendCheck->isChecked();
}

void MessageEditor::setAudience(const AudienceQuery& audience)
{
    m_audience = audience;
    m_audienceStats = AudienceStats();
    m_audienceLabel->setVisible(!audience.label.isEmpty());
    if (!audience.label.isEmpty()) {
        m_audienceTimer->start();
    }
}

bool MessageEditor::isAnalysing() const
{
    return m_audienceTimer->isActive() || m_audienceWatcher->isRunning();
}

QString MessageEditor::render(const QString& body) const
{
    OutgoingText::Options options {m_marketing, QString(), m_transliterateOnSendCheck->isChecked()};
    if (m_marketing) {
        const QString language = m_previewLanguage.isEmpty() ? m_language : m_previewLanguage;
        options.footer = m_workspace ? OptOutFooterStore(m_workspace->database()).footer(language)
                                     : OptOutFooter::defaultText(language);
    }
    auto parsed = MessageTemplate::parse(body);
    if (!parsed) {
        // Still show something countable while the user fixes the placeholder.
        auto literal = MessageTemplate::parse(QString(body).replace(u'{', u"{{"_s).replace(u'}', u"}}"_s));
        return literal ? OutgoingText::compose(literal.value(), {}, options, m_utmCampaign) : body;
    }
    return OutgoingText::compose(parsed.value(), m_previewValues, options, m_utmCampaign);
}

QString MessageEditor::countedText() const
{
    return render(text());
}

SmsCount MessageEditor::currentCount() const
{
    return SmsCounter::count(countedText());
}

void MessageEditor::handleTextChanged()
{
    updateCounter();
    if (!m_audience.label.isEmpty()) {
        m_audienceTimer->start();
    }
    emit textChanged();
}

void MessageEditor::updateCounter()
{
    auto parsed = MessageTemplate::parse(text());
    m_templateError = parsed ? QString() : parsed.errorMessage();
    // Mostly non-GSM letters means a script that is UCS-2 anyway (Arabic, Chinese, Russian…).
    const QString body = text();
    qsizetype letters = 0;
    qsizetype nonGsmLetters = 0;
    for (const QChar c : body) {
        if (c.isLetter()) {
            ++letters;
            nonGsmLetters += GsmCharset::septets(c.unicode()) == 0 ? 1 : 0;
        }
    }
    m_highlighter->setMarkLetters(letters == 0 || nonGsmLetters * 2 < letters);
    const QString counted = countedText();
    const SmsCount count = SmsCounter::count(counted);
    const QLocale locale;

    const QString parts = tr("%Ln part(s)", nullptr, count.segments);
    const QString characters = tr("%Ln character(s)", nullptr, count.characters);
    const QString left = tr("%Ln left in this part", nullptr, count.remaining);
    m_counterLabel->setText(u"<b>%1</b> · %2 · <b>%3</b> · %4"_s.arg(
        characters.toHtmlEscaped(), count.encodingName(), parts.toHtmlEscaped(), left.toHtmlEscaped()));
    m_counterLabel->setToolTip(m_marketing ? tr("Counted as sent: placeholders filled in for the preview contact, "
                                                "opt-out footer included.")
                                           : tr("Counted as sent: placeholders filled in for the preview contact."));

    QString note;
    if (!m_templateError.isEmpty()) {
        note = u"<span style='color:#b00020'>%1</span>"_s.arg(m_templateError.toHtmlEscaped());
    } else if (count.encoding == SmsEncoding::Ucs2) {
        QStringList shown = count.distinctNonGsm();
        if (shown.size() > 10) {
            shown = shown.mid(0, 10);
            shown << u"…"_s;
        }
        note = tr("Sent as UCS-2 because of %1: each part holds %2 characters instead of %3.")
                   .arg(shown.join(u" "_s).toHtmlEscaped())
                   .arg(count.segments > 1 ? SmsCounter::Ucs2MultiPart : SmsCounter::Ucs2SinglePart)
                   .arg(count.segments > 1 ? SmsCounter::Gsm7MultiPart : SmsCounter::Gsm7SinglePart);
        note = u"<span style='color:#9a5b00'>%1</span>"_s.arg(note);
    }
    m_encodingLabel->setText(note);
    m_encodingLabel->setVisible(!note.isEmpty());
    m_previewLabel->setText(counted.isEmpty() ? tr("(empty message)") : counted);
    updateFixButtons();
}

void MessageEditor::updateFixButtons()
{
    const QString body = text();
    const bool editable = !m_bodyEdit->isReadOnly();
    const int before = SmsCounter::count(render(body)).segments;

    const GsmSafeText safe = GsmSafe::replaceSpecialCharacters(body);
    const int savedBySafe = safe.changed() ? before - SmsCounter::count(render(safe.text)).segments : 0;
    m_gsmSafeButton->setEnabled(editable && safe.changed());
    m_gsmSafeButton->setText(
        savedBySafe > 0 ? tr("Make GSM-safe (saves %Ln part(s))", nullptr, savedBySafe) : tr("Make GSM-safe"));
    m_gsmSafeButton->setToolTip(
        safe.changed() ? changesTooltip(safe) : tr("No special punctuation or spaces to replace."));

    const auto language = GsmSafe::Language(m_transliterateLanguageCombo->currentData().toInt());
    const GsmSafeText plain = GsmSafe::transliterate(body, {language});
    const int savedByPlain = plain.changed() ? before - SmsCounter::count(render(plain.text)).segments : 0;
    m_transliterateButton->setEnabled(editable && plain.changed());
    m_transliterateButton->setText(savedByPlain > 0 ? tr("Remove diacritics (saves %Ln part(s))", nullptr, savedByPlain)
                                                    : tr("Remove diacritics"));
    m_transliterateButton->setToolTip(plain.changed()
            ? tr("Changes what the customer reads:\n%1").arg(changesTooltip(plain))
            : tr("No letters to transliterate for this language."));
}

void MessageEditor::applyChanges(const QList<std::pair<qsizetype, std::pair<QString, QString>>>& changes)
{
    // One edit block, from the end backwards so earlier positions stay valid: a single Ctrl+Z undoes it.
    QTextCursor cursor(m_bodyEdit->document());
    cursor.beginEditBlock();
    for (auto it = changes.rbegin(); it != changes.rend(); ++it) {
        cursor.setPosition(int(it->first));
        cursor.setPosition(int(it->first + it->second.first.size()), QTextCursor::KeepAnchor);
        cursor.insertText(it->second.second);
    }
    cursor.endEditBlock();
}

void MessageEditor::applyGsmSafe()
{
    const GsmSafeText safe = GsmSafe::replaceSpecialCharacters(text());
    QList<std::pair<qsizetype, std::pair<QString, QString>>> changes;
    for (const TextChange& change : safe.changes) {
        changes.append({change.position, {change.from, change.to}});
    }
    applyChanges(changes);
}

void MessageEditor::applyTransliteration()
{
    const auto language = GsmSafe::Language(m_transliterateLanguageCombo->currentData().toInt());
    const GsmSafeText plain = GsmSafe::transliterate(text(), {language});
    QList<std::pair<qsizetype, std::pair<QString, QString>>> changes;
    for (const TextChange& change : plain.changes) {
        changes.append({change.position, {change.from, change.to}});
    }
    applyChanges(changes);
}

void MessageEditor::rebuildPlaceholderMenu()
{
    QMenu* menu = m_insertButton->menu();
    menu->clear();
    struct Field
    {
        QString key;
        QString name;
        QString fallback;
    };
    const QList<Field> fields = {
        {u"first_name"_s, tr("First name"), tr("there", "fallback greeting when the first name is unknown")},
        {u"last_name"_s, tr("Last name"), QString()},
        {u"shop"_s, tr("Shop name"), QString()},
        {u"city"_s, tr("City"), QString()},
        {u"country"_s, tr("Country"), QString()},
        {u"phone"_s, tr("Phone"), QString()},
        {u"email"_s, tr("Email"), QString()},
    };
    for (const Field& field : fields) {
        const QString token
            = field.fallback.isEmpty() ? u"{%1}"_s.arg(field.key) : u"{%1|%2}"_s.arg(field.key, field.fallback);
        menu->addAction(u"%1\t%2"_s.arg(field.name, token), this, [this, token] {
            m_bodyEdit->insertPlainText(token);
            m_bodyEdit->setFocus();
        });
    }
    if (!m_workspace) {
        return;
    }
    QSqlQuery q = m_workspace->database().query();
    if (q.exec(u"SELECT DISTINCT name FROM contact_fields ORDER BY name LIMIT 40"_s)) {
        bool first = true;
        while (q.next()) {
            if (first) {
                menu->addSection(tr("Custom fields"));
                first = false;
            }
            const QString token = u"{%1}"_s.arg(MessageTemplate::customFieldKey(q.value(0).toString()));
            menu->addAction(u"%1\t%2"_s.arg(q.value(0).toString(), token), this, [this, token] {
                m_bodyEdit->insertPlainText(token);
                m_bodyEdit->setFocus();
            });
        }
    }
}

void MessageEditor::reloadPreviewContacts()
{
    const QSignalBlocker blocker(m_previewContactCombo);
    m_previewContactCombo->clear();
    m_previewContactCombo->addItem(tr("Sample customer (fallbacks used)"), qint64(0));
    if (m_workspace) {
        auto contacts = ContactRepository(m_workspace->database()).page(0, 100);
        if (contacts) {
            for (const Contact& c : contacts.value()) {
                m_previewContactCombo->addItem(u"%1 (%2)"_s.arg(c.displayName(), c.phone), c.id);
                m_previewContactCombo->setItemData(m_previewContactCombo->count() - 1, c.language, LanguageRole);
            }
        }
    }
    // A real person shows what the customer will read, the sample only the fallbacks; and
    // someone who reads the message's language gets the matching footer.
    int preferred = m_previewContactCombo->count() > 1 ? 1 : 0;
    for (int i = 1; i < m_previewContactCombo->count() && !m_language.isEmpty(); ++i) {
        if (m_previewContactCombo->itemData(i, LanguageRole).toString() == m_language) {
            preferred = i;
            break;
        }
    }
    m_previewContactCombo->setCurrentIndex(preferred);
    handlePreviewContactChanged();
}

void MessageEditor::handlePreviewContactChanged()
{
    m_previewValues.clear();
    m_previewValues.insert(u"shop"_s, shopName());
    m_previewLanguage.clear();
    const qint64 id = m_previewContactCombo->currentData().toLongLong();
    if (m_workspace && id > 0) {
        auto contact = ContactRepository(m_workspace->database()).find(id);
        if (contact) {
            m_previewValues = ContactValues::forContact(
                contact.value(), shopName(), ContactValues::customFields(m_workspace->database(), id));
            m_previewLanguage = contact.value().language;
        }
    }
    updateCounter();
}

void MessageEditor::startAudienceAnalysis()
{
    if (!m_workspace || m_audience.label.isEmpty()) {
        return;
    }
    if (m_audienceWatcher->isRunning()) {
        m_audienceCancel->store(true);
        m_audienceTimer->start(); // try again once the running analysis has stopped
        return;
    }
    m_audienceLabel->setText(tr("%1: analysing…").arg(m_audience.label.toHtmlEscaped()));
    m_audienceCancel = std::make_shared<std::atomic<bool>>(false);
    const QString path = m_workspace->path();
    const QString body = text();
    const bool marketing = m_marketing;
    const bool transliterate = m_transliterateOnSendCheck->isChecked();
    const QString utmCampaign = m_utmCampaign;
    const AudienceQuery audience = m_audience;
    const QString shop = shopName();
    const PriceTable prices = launchPrices();
    auto cancel = m_audienceCancel;
    m_audienceWatcher->setFuture(QtConcurrent::run([=]() -> AnalysisOutcome {
        // A worker thread reads through its own connection.
        auto database = Database::open(path);
        if (!database) {
            return {{}, database.errorMessage()};
        }
        auto stats = AudienceAnalyzer::analyze(
            *database.value(), body, marketing, transliterate, audience, shop, prices, cancel.get(), utmCampaign);
        if (!stats) {
            return {{}, stats.errorMessage()};
        }
        return {stats.value(), QString()};
    }));
}

void MessageEditor::handleAudienceFinished()
{
    if (m_audienceCancel && m_audienceCancel->load()) {
        return; // superseded; the timer restarts the analysis
    }
    const AnalysisOutcome outcome = m_audienceWatcher->result();
    if (!outcome.error.isEmpty()) {
        m_audienceLabel->setText(tr("%1: %2").arg(m_audience.label, outcome.error).toHtmlEscaped());
        return;
    }
    m_audienceStats = outcome.stats;
    const QLocale locale;
    const AudienceStats& s = m_audienceStats;
    // As the analytics pane writes money ("US$28.31", not "USD28.31").
    const QString cost = AnalyticsCharts::money(s.estimatedCostMicros, s.currency, locale);
    QString text = tr("<b>%1</b>: %Ln recipient(s)", nullptr, int(qMin<qint64>(s.recipients, INT_MAX)))
                       .arg(m_audience.label.toHtmlEscaped());
    if (s.recipients > 0) {
        text += u" · "_s + s.distributionText().toHtmlEscaped() + u" · "_s
            + tr("longest: %Ln part(s)", nullptr, s.longestParts) + u" · "_s
            + tr("estimated cost %1").arg(cost.toHtmlEscaped());
    }
    m_audienceLabel->setText(text);
    m_audienceLabel->setToolTip(s.longestText.isEmpty() ? QString() : tr("Longest message:\n%1").arg(s.longestText));
    emit audienceAnalysed();
}

} // namespace Herald
