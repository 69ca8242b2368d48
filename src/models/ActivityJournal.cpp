#include "ActivityJournal.h"

#include "ActivityModel.h"
#include "core/LogRedactor.h"
#include "core/Logging.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QUuid>

#include <optional>
#include <utility>

namespace ed {

using namespace Qt::StringLiterals;

namespace {

constexpr int FormatVersion = 1;
constexpr auto OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

constexpr QLatin1StringView VersionKey{"v"};
constexpr QLatin1StringView EventKey{"event"};
constexpr QLatin1StringView IdKey{"id"};
constexpr QLatin1StringView TimeKey{"time"};
constexpr QLatin1StringView TenantKey{"tenant"};
constexpr QLatin1StringView ActionKey{"action"};
constexpr QLatin1StringView TargetKey{"target"};
constexpr QLatin1StringView TargetIdKey{"targetId"};
constexpr QLatin1StringView OutcomeKey{"outcome"};
constexpr QLatin1StringView DetailKey{"detail"};
constexpr QLatin1StringView RequestIdKey{"requestId"};
constexpr QLatin1StringView ClientRequestIdKey{"clientRequestId"};
constexpr QLatin1StringView IntentEvent{"intent"};
constexpr QLatin1StringView OutcomeEvent{"outcome"};

QLatin1StringView outcomeName(ActivityEntry::Outcome outcome)
{
    switch (outcome) {
    case ActivityEntry::Outcome::Succeeded:
        return "succeeded"_L1;
    case ActivityEntry::Outcome::Failed:
        return "failed"_L1;
    case ActivityEntry::Outcome::Cancelled:
        return "cancelled"_L1;
    case ActivityEntry::Outcome::Pending:
    case ActivityEntry::Outcome::Unknown:
        break;
    }
    return {};
}

std::optional<ActivityEntry::Outcome> outcomeFromName(const QString &name)
{
    for (const auto outcome :
         {ActivityEntry::Outcome::Succeeded, ActivityEntry::Outcome::Failed, ActivityEntry::Outcome::Cancelled}) {
        if (name == outcomeName(outcome))
            return outcome;
    }
    return std::nullopt;
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs); // "2025-03-01T14:05:09.123Z"
}

// The journal's own fixed form is parsed by hand: QDateTime::fromString() is the slowest part of
// loading 100,000 entries. Anything else falls back to the general ISO parser.
QDateTime parseTime(const QString &text)
{
    const auto digits = [&text](qsizetype from, qsizetype count) -> int {
        int value = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    if (text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' && text.at(13) == u':'
        && text.at(16) == u':' && text.at(19) == u'.' && text.at(23) == u'Z') {
        const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
        const QTime time(digits(11, 2), digits(14, 2), digits(17, 2), digits(20, 3));
        if (date.isValid() && time.isValid()) {
            constexpr qint64 unixEpochJulianDay = 2440588;
            const qint64 ms = (date.toJulianDay() - unixEpochJulianDay) * 86'400'000 + time.msecsSinceStartOfDay();
            return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        }
        return {};
    }
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

// One event line, its fields as written. Unknown keys are ignored (a newer version may add some).
struct EventLine
{
    int version = 0;
    QString event, id, time, tenant, action, target, targetId, outcome, detail, requestId, clientRequestId;

    QString *field(QByteArrayView key)
    {
        static constexpr std::pair<const char *, QString EventLine::*> fields[] = {
                {"event", &EventLine::event},
                {"id", &EventLine::id},
                {"time", &EventLine::time},
                {"tenant", &EventLine::tenant},
                {"action", &EventLine::action},
                {"target", &EventLine::target},
                {"targetId", &EventLine::targetId},
                {"outcome", &EventLine::outcome},
                {"detail", &EventLine::detail},
                {"requestId", &EventLine::requestId},
                {"clientRequestId", &EventLine::clientRequestId},
        };
        for (const auto &[name, member] : fields) {
            if (key == QByteArrayView(name))
                return &(this->*member);
        }
        return nullptr;
    }
};

// The general path: any valid JSON object.
std::optional<EventLine> parseWithQJson(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    EventLine event;
    event.version = object.value(VersionKey).toInt();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QByteArray key = it.key().toUtf8();
        if (QString *field = event.field(key))
            *field = it.value().toString();
    }
    return event;
}

// The fast path for what the journal writes: one flat object of string and integer values.
// QJsonDocument is several times slower, and loading 100,000 entries is 200,000 lines. Returns
// nullopt for anything it does not handle (nested values, fractions, bad syntax); the caller
// then asks QJsonDocument, which has the last word on what is valid.
std::optional<EventLine> parseFlat(QByteArrayView line)
{
    const char *p = line.data();
    const char *const end = p + line.size();
    const auto skipSpace = [&p, end] {
        while (p < end && (*p == ' ' || *p == '\t'))
            ++p;
    };
    const auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    // p is just past the opening quote; leaves p past the closing one.
    const auto readString = [&p, end, &hex](QString *out) -> bool {
        const char *runStart = p;
        QString decoded;
        bool escaped = false;
        while (p < end && *p != '"') {
            const auto c = static_cast<unsigned char>(*p);
            if (c < 0x20)
                return false;
            if (c != '\\') {
                ++p;
                continue;
            }
            escaped = true;
            decoded += QString::fromUtf8(runStart, p - runStart);
            if (end - p < 2)
                return false;
            const char e = p[1];
            p += 2;
            switch (e) {
            case '"':
                decoded += u'"';
                break;
            case '\\':
                decoded += u'\\';
                break;
            case '/':
                decoded += u'/';
                break;
            case 'b':
                decoded += u'\b';
                break;
            case 'f':
                decoded += u'\f';
                break;
            case 'n':
                decoded += u'\n';
                break;
            case 'r':
                decoded += u'\r';
                break;
            case 't':
                decoded += u'\t';
                break;
            case 'u': {
                if (end - p < 4)
                    return false;
                int code = 0;
                for (int i = 0; i < 4; ++i) {
                    const int digit = hex(p[i]);
                    if (digit < 0)
                        return false;
                    code = code * 16 + digit;
                }
                p += 4;
                decoded += QChar(static_cast<char16_t>(code));
                break;
            }
            default:
                return false;
            }
            runStart = p;
        }
        if (p >= end)
            return false;
        if (out) {
            if (escaped)
                *out = decoded + QString::fromUtf8(runStart, p - runStart);
            else
                *out = QString::fromUtf8(runStart, p - runStart);
        }
        ++p;
        return true;
    };

    EventLine event;
    skipSpace();
    if (p >= end || *p != '{')
        return std::nullopt;
    ++p;
    skipSpace();
    if (p < end && *p == '}')
        ++p;
    else {
        while (true) {
            skipSpace();
            if (p >= end || *p != '"')
                return std::nullopt;
            ++p;
            const char *keyStart = p;
            while (p < end && *p != '"' && *p != '\\')
                ++p;
            if (p >= end || *p != '"')
                return std::nullopt; // escaped keys: not ours, let QJsonDocument decide
            const QByteArrayView key(keyStart, p - keyStart);
            ++p;
            skipSpace();
            if (p >= end || *p != ':')
                return std::nullopt;
            ++p;
            skipSpace();
            if (p >= end)
                return std::nullopt;
            if (*p == '"') {
                ++p;
                if (!readString(event.field(key)))
                    return std::nullopt;
            } else if (*p == '-' || (*p >= '0' && *p <= '9')) {
                const bool negative = *p == '-';
                if (negative)
                    ++p;
                qint64 value = 0;
                const char *digits = p;
                while (p < end && *p >= '0' && *p <= '9' && p - digits < 9)
                    value = value * 10 + (*p++ - '0');
                if (p == digits || (p < end && ((*p >= '0' && *p <= '9') || *p == '.' || *p == 'e' || *p == 'E')))
                    return std::nullopt;
                if (key == QByteArrayView("v"))
                    event.version = static_cast<int>(negative ? -value : value);
            } else {
                static constexpr const char *literals[] = {"true", "false", "null"};
                bool matched = false;
                for (const char *literal : literals) {
                    const QByteArrayView word(literal);
                    if (end - p >= word.size() && QByteArrayView(p, word.size()) == word) {
                        p += word.size();
                        matched = true;
                        break;
                    }
                }
                if (!matched)
                    return std::nullopt;
                if (QString *field = event.field(key))
                    field->clear();
            }
            skipSpace();
            if (p < end && *p == ',') {
                ++p;
                continue;
            }
            if (p < end && *p == '}') {
                ++p;
                break;
            }
            return std::nullopt;
        }
    }
    skipSpace();
    if (p != end)
        return std::nullopt;
    return event;
}

QByteArray jsonLine(const QJsonObject &object)
{
    QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    line += '\n';
    return line;
}

void insertIfSet(QJsonObject &object, QLatin1StringView key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

QByteArray intentLine(const ActivityEntry &entry)
{
    QJsonObject object{{VersionKey, FormatVersion},    {EventKey, IntentEvent},      {IdKey, entry.id},
                       {TimeKey, isoTime(entry.time)}, {TenantKey, entry.tenant},    {ActionKey, entry.action},
                       {TargetKey, entry.target},      {TargetIdKey, entry.targetId}};
    // Known before the request only when the caller chose it: it is what Microsoft support
    // needs to trace a request whose answer never came.
    insertIfSet(object, ClientRequestIdKey, entry.clientRequestId);
    return jsonLine(object);
}

QByteArray outcomeLine(const ActivityEntry &entry, const QDateTime &time)
{
    return jsonLine(QJsonObject{{VersionKey, FormatVersion},
                                {EventKey, OutcomeEvent},
                                {IdKey, entry.id},
                                {TimeKey, isoTime(time)},
                                {OutcomeKey, outcomeName(entry.outcome)},
                                {DetailKey, entry.detail},
                                {RequestIdKey, entry.requestId},
                                {ClientRequestIdKey, entry.clientRequestId}});
}

QString redacted(const QString &text)
{
    return text.isEmpty() ? text : LogRedactor::redact(text);
}

} // namespace

ActivityJournal::ActivityJournal(ActivityModel &model, QString filePath, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_filePath(std::move(filePath))
{ }

ActivityJournal::~ActivityJournal() = default;

ActivityJournal::LoadResult ActivityJournal::load()
{
    LoadResult result;
    if (m_loaded || m_filePath.isEmpty())
        return result;
    m_loaded = true;

    QFile file(m_filePath);
    if (!file.exists())
        return result;
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("The activity log “%1” could not be read: %2. Changes made now are still recorded.")
                               .arg(QDir::toNativeSeparators(m_filePath), file.errorString());
        setError(result.error);
        return result;
    }
    QElapsedTimer t0; t0.start();
    const QByteArray bytes = file.readAll();
    qInfo("TIMING read %lld", t0.elapsed());
    if (file.error() != QFileDevice::NoError) {
        result.error = tr("The activity log “%1” could not be read: %2. Changes made now are still recorded.")
                               .arg(QDir::toNativeSeparators(m_filePath), file.errorString());
        setError(result.error);
        return result;
    }
    file.close();

    QList<ActivityEntry> entries;
    QHash<QString, qsizetype> byId;
    entries.reserve(bytes.count('\n') / 2 + 1);
    byId.reserve(entries.capacity());

    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        qsizetype length = end - start;
        if (length > 0 && bytes.at(end - 1) == '\r')
            --length;
        const QByteArray line = QByteArray::fromRawData(bytes.constData() + start, length);
        start = end + 1;
        if (line.trimmed().isEmpty())
            continue;

        std::optional<EventLine> parsed = parseFlat(line);
        if (!parsed)
            parsed = parseWithQJson(line);
        if (!parsed || parsed->version < FormatVersion || parsed->id.isEmpty()) {
            ++result.skippedLines;
            continue;
        }
        EventLine &event = *parsed;
        if (event.event == IntentEvent) {
            ActivityEntry entry;
            entry.time = parseTime(event.time);
            if (!entry.time.isValid() || byId.contains(event.id)) {
                ++result.skippedLines;
                continue;
            }
            entry.id = std::move(event.id);
            entry.tenant = std::move(event.tenant);
            entry.action = std::move(event.action);
            entry.target = std::move(event.target);
            entry.targetId = std::move(event.targetId);
            entry.clientRequestId = std::move(event.clientRequestId);
            byId.insert(entry.id, entries.size());
            entries.append(std::move(entry));
        } else if (event.event == OutcomeEvent) {
            const auto found = byId.constFind(event.id);
            const auto outcome = outcomeFromName(event.outcome);
            if (found == byId.cend() || !outcome) {
                ++result.skippedLines;
                continue;
            }
            ActivityEntry &entry = entries[*found];
            entry.outcome = *outcome;
            entry.detail = std::move(event.detail);
            entry.requestId = std::move(event.requestId);
            if (!event.clientRequestId.isEmpty())
                entry.clientRequestId = std::move(event.clientRequestId);
        } else {
            ++result.skippedLines;
        }
    }

    qInfo("TIMING parsed %lld", t0.elapsed());
    // An intent without an outcome: the app stopped (crash, power loss, kill) before Graph
    // answered. Whether the change was made is unknown; the entry says so.
    for (ActivityEntry &entry : entries) {
        if (entry.outcome == ActivityEntry::Outcome::Pending)
            entry.outcome = ActivityEntry::Outcome::Unknown;
    }
    result.entries = static_cast<int>(entries.size());
    m_model.append(entries);
    qInfo("TIMING appended %lld", t0.elapsed());
    if (result.skippedLines > 0)
        qCWarning(lcModels) << "activity log" << m_filePath << ": skipped" << result.skippedLines
                            << "unreadable line(s)";
    qCDebug(lcModels) << "activity log" << m_filePath << ": loaded" << result.entries << "entries";
    return result;
}

int ActivityJournal::record(ActivityEntry entry)
{
    return recordMany({std::move(entry)});
}

int ActivityJournal::recordMany(QList<ActivityEntry> entries)
{
    if (entries.isEmpty())
        return m_model.rowCount();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QByteArray lines;
    for (ActivityEntry &entry : entries) {
        entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        entry.time = entry.time.isValid() ? entry.time.toUTC() : now;
        entry.tenant = redacted(entry.tenant);
        entry.action = redacted(entry.action);
        entry.target = redacted(entry.target);
        entry.targetId = redacted(entry.targetId);
        entry.outcome = ActivityEntry::Outcome::Pending;
        entry.detail.clear();
        entry.requestId.clear();
        entry.clientRequestId = redacted(entry.clientRequestId);
        lines += intentLine(entry);
    }
    // On disk first: the intent is durable before anyone reacts to the new rows.
    appendToFile(lines);
    return m_model.append(entries);
}

void ActivityJournal::complete(int row, ActivityEntry::Outcome outcome, const QString &detail, const QString &requestId,
                               const QString &clientRequestId)
{
    if (row < 0 || row >= m_model.rowCount()) {
        qCWarning(lcModels) << "activity journal: complete() for row" << row << "of" << m_model.rowCount();
        return;
    }
    if (outcomeName(outcome).isEmpty()) {
        qCWarning(lcModels) << "activity journal: complete() needs a final outcome, got" << static_cast<int>(outcome);
        return;
    }
    ActivityEntry entry = m_model.entry(row);
    if (entry.outcome != ActivityEntry::Outcome::Pending) {
        qCWarning(lcModels) << "activity journal: row" << row << "is already complete";
        return;
    }
    entry.outcome = outcome;
    entry.detail = redacted(detail);
    entry.requestId = redacted(requestId);
    if (!clientRequestId.isEmpty())
        entry.clientRequestId = redacted(clientRequestId);
    appendToFile(outcomeLine(entry, QDateTime::currentDateTimeUtc()));
    m_model.setOutcome(row, entry.outcome, entry.detail, entry.requestId, entry.clientRequestId);
}

bool ActivityJournal::ensureOpen()
{
    if (m_file.isOpen())
        return true;
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        setError(tr("The activity log could not be saved: the folder “%1” could not be created. New entries are "
                    "listed here but will be missing after Enrollment Desk restarts.")
                         .arg(QDir::toNativeSeparators(info.absolutePath())));
        return false;
    }
    // A crash (or a failed write) can leave a torn last line; ours must not be glued to it.
    {
        QFile existing(m_filePath);
        if (info.isFile() && existing.size() > 0 && existing.open(QIODevice::ReadOnly)
            && existing.seek(existing.size() - 1))
            m_needsNewline = existing.read(1) != "\n";
    }
    m_file.setFileName(m_filePath);
    // Unbuffered: every call is one write() to the OS, nothing waits in a buffer that a later
    // failure could leave half written. New files are created owner-only (no umask window).
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered, OwnerOnly)) {
        setError(tr("The activity log could not be saved to “%1”: %2. New entries are listed here but will be "
                    "missing after Enrollment Desk restarts.")
                         .arg(QDir::toNativeSeparators(m_filePath), m_file.errorString()));
        return false;
    }
    // An older or copied file may be readable by others: tighten it (regular files only).
    if (info.isFile() && (m_file.permissions() & ~(OwnerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser)))
        m_file.setPermissions(OwnerOnly);
    return true;
}

void ActivityJournal::appendToFile(const QByteArray &lines)
{
    if (m_filePath.isEmpty() || !ensureOpen())
        return;
    QByteArray bytes;
    if (m_needsNewline)
        bytes += '\n';
    bytes += lines;
    if (m_file.write(bytes) == bytes.size()) {
        m_needsNewline = false;
        return;
    }
    const QString reason = m_file.errorString();
    m_file.close(); // reopened (and checked for a torn line) on the next write
    m_needsNewline = true;
    setError(tr("The activity log could not be saved to “%1”: %2. New entries are listed here but will be "
                "missing after Enrollment Desk restarts.")
                     .arg(QDir::toNativeSeparators(m_filePath), reason));
}

void ActivityJournal::setError(const QString &error)
{
    if (error == m_lastError)
        return;
    m_lastError = error;
    qCWarning(lcModels).noquote() << error;
    Q_EMIT errorChanged(m_lastError);
}

} // namespace ed
