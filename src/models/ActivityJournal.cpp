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

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs); // "2025-03-01T14:05:09.123Z"
}

// One field of an event line: a view of its bytes in the file (fast path) or, from the general
// path, the decoded text. Text is made only for the fields an entry keeps.
struct Field
{
    QByteArrayView raw; // the bytes between the quotes, escapes still in
    bool escaped = false; // raw holds a backslash escape
    std::optional<QString> decoded; // set by the general path

    bool isEmpty() const { return decoded ? decoded->isEmpty() : raw.isEmpty(); }
    QString text() const;
    bool operator==(QLatin1StringView value) const
    {
        if (decoded)
            return *decoded == value;
        return escaped ? text() == value : raw == QByteArrayView(value.data(), value.size());
    }
};

QString unescape(QByteArrayView raw)
{
    // Only called on what parseFlat() accepted: every escape is complete and valid.
    QString out;
    out.reserve(raw.size());
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] != '\\')
            continue;
        out += QString::fromUtf8(raw.sliced(runStart, i - runStart));
        const char e = raw[i + 1];
        i += 1;
        switch (e) {
        case 'b':
            out += u'\b';
            break;
        case 'f':
            out += u'\f';
            break;
        case 'n':
            out += u'\n';
            break;
        case 'r':
            out += u'\r';
            break;
        case 't':
            out += u'\t';
            break;
        case 'u':
            out += QChar(static_cast<char16_t>(QByteArrayView(raw.sliced(i + 1, 4)).toUShort(nullptr, 16)));
            i += 4;
            break;
        default: // " \ /
            out += QLatin1Char(e);
            break;
        }
        runStart = i + 1;
    }
    out += QString::fromUtf8(raw.sliced(runStart));
    return out;
}

QString Field::text() const
{
    if (decoded)
        return *decoded;
    return escaped ? unescape(raw) : QString::fromUtf8(raw);
}

// One event line as written. Unknown keys are ignored (a newer version may add some).
struct EventLine
{
    int version = 0;
    Field event, id, time, tenant, action, target, targetId, outcome, detail, requestId, clientRequestId;

    Field *field(QByteArrayView key)
    {
        static constexpr std::pair<const char *, Field EventLine::*> fields[] = {
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
        if (Field *field = event.field(it.key().toUtf8()))
            field->decoded = it.value().toString();
    }
    return event;
}

// The fast path for what the journal writes: one flat object of string and integer values, read
// in place. QJsonDocument is several times slower, and 100,000 entries are 200,000 lines. Returns
// nullopt for anything it does not handle (nested values, fractions, odd syntax); the caller then
// asks QJsonDocument, which has the last word on what is valid.
std::optional<EventLine> parseFlat(QByteArrayView line)
{
    const char *p = line.data();
    const char *const end = p + line.size();
    const auto skipSpace = [&p, end] {
        while (p < end && (*p == ' ' || *p == '\t'))
            ++p;
    };
    const auto isHex = [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    };
    // p is just past the opening quote; leaves p past the closing one.
    const auto readString = [&p, end, &isHex](Field *out) -> bool {
        const char *start = p;
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
            if (end - p < 2)
                return false;
            const char e = p[1];
            if (e == 'u') {
                if (end - p < 6 || !isHex(p[2]) || !isHex(p[3]) || !isHex(p[4]) || !isHex(p[5]))
                    return false;
                p += 6;
            } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
                p += 2;
            } else {
                return false;
            }
        }
        if (p >= end)
            return false;
        if (out) {
            out->raw = QByteArrayView(start, p - start);
            out->escaped = escaped;
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
    if (p < end && *p == '}') {
        ++p;
    } else {
        while (true) {
            skipSpace();
            if (p >= end || *p != '"')
                return std::nullopt;
            ++p;
            const char *keyStart = p;
            while (p < end && *p != '"' && *p != '\\')
                ++p;
            if (p >= end || *p != '"')
                return std::nullopt; // an escaped key: not ours, let QJsonDocument decide
            const QByteArrayView key(keyStart, p - keyStart);
            ++p;
            skipSpace();
            if (p >= end || *p != ':')
                return std::nullopt;
            ++p;
            skipSpace();
            if (p >= end)
                return std::nullopt;
            Field *field = event.field(key);
            if (*p == '"') {
                ++p;
                if (!readString(field))
                    return std::nullopt;
            } else if (*p == '-' || (*p >= '0' && *p <= '9')) {
                const bool negative = *p == '-';
                if (negative)
                    ++p;
                int value = 0;
                const char *digits = p;
                while (p < end && *p >= '0' && *p <= '9' && p - digits < 9)
                    value = value * 10 + (*p++ - '0');
                if (p == digits || (p < end && ((*p >= '0' && *p <= '9') || *p == '.' || *p == 'e' || *p == 'E')))
                    return std::nullopt;
                if (key == QByteArrayView("v"))
                    event.version = negative ? -value : value;
                else if (field)
                    field->decoded = QString(); // QJsonValue::toString() of a number
            } else {
                bool matched = false;
                for (const QByteArrayView word :
                     {QByteArrayView("true"), QByteArrayView("false"), QByteArrayView("null")}) {
                    if (end - p >= word.size() && QByteArrayView(p, word.size()) == word) {
                        p += word.size();
                        matched = true;
                        break;
                    }
                }
                if (!matched)
                    return std::nullopt;
                if (field)
                    field->decoded = QString();
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

// The journal's own fixed time form ("2025-03-01T14:05:09.123Z") read from the bytes: the
// general QDateTime::fromString() would be the slowest part of a load. Anything else goes to it.
QDateTime parseTime(const Field &field)
{
    const QByteArrayView text = field.raw;
    if (!field.decoded && !field.escaped && text.size() == 24 && text[4] == '-' && text[7] == '-' && text[10] == 'T'
        && text[13] == ':' && text[16] == ':' && text[19] == '.' && text[23] == 'Z') {
        const auto digits = [&text](qsizetype from, qsizetype count) -> int {
            int value = 0;
            for (qsizetype i = from; i < from + count; ++i) {
                if (text[i] < '0' || text[i] > '9')
                    return -1;
                value = value * 10 + (text[i] - '0');
            }
            return value;
        };
        const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
        const QTime time(digits(11, 2), digits(14, 2), digits(17, 2), digits(20, 3));
        if (!date.isValid() || !time.isValid())
            return {};
        constexpr qint64 unixEpochJulianDay = 2440588;
        const qint64 ms = (date.toJulianDay() - unixEpochJulianDay) * 86'400'000 + time.msecsSinceStartOfDay();
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    }
    const QDateTime parsed = QDateTime::fromString(field.text(), Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

std::optional<ActivityEntry::Outcome> outcomeFromName(const Field &name)
{
    for (const auto outcome :
         {ActivityEntry::Outcome::Succeeded, ActivityEntry::Outcome::Failed, ActivityEntry::Outcome::Cancelled}) {
        if (name == outcomeName(outcome))
            return outcome;
    }
    return std::nullopt;
}

// Tenant and action repeat on every line: one shared string each instead of 100,000 copies.
class StringPool
{
public:
    QString intern(const Field &field)
    {
        if (field.decoded || field.escaped || m_pool.size() >= 1024)
            return field.text();
        const QByteArray key = QByteArray::fromRawData(field.raw.data(), field.raw.size());
        const auto found = m_pool.constFind(key);
        if (found != m_pool.cend())
            return *found;
        QString text = QString::fromUtf8(field.raw);
        m_pool.insert(QByteArray(field.raw.data(), field.raw.size()), text);
        return text;
    }

private:
    QHash<QByteArray, QString> m_pool;
};

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
    // What is intended beyond action and target ("Profile “Kiosk” (replaces “Sales”)"), so an
    // entry whose answer never came still says what it was for.
    insertIfSet(object, DetailKey, entry.detail);
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
    if (m_model.rowCount() > 0) {
        // Earlier runs' entries must come first; loading now would list them after this run's.
        qCWarning(lcModels) << "activity journal: load() after entries were recorded; earlier entries not shown";
        return result;
    }

    QFile file(m_filePath);
    if (!file.exists())
        return result;
    const auto readError = [this, &file, &result] {
        result.error = tr("The activity log “%1” could not be read: %2. Changes made now are still recorded.")
                               .arg(QDir::toNativeSeparators(m_filePath), file.errorString());
        setError(result.error);
        return result;
    };
    if (!file.open(QIODevice::ReadOnly))
        return readError();
    QElapsedTimer timer;
    timer.start();
    // Mapped, not copied: the file can be tens of megabytes. readAll() when it cannot be mapped.
    QByteArray copy;
    QByteArrayView bytes;
    if (file.size() > 0) {
        if (const uchar *mapped = file.map(0, file.size())) {
            bytes = QByteArrayView(mapped, file.size());
        } else {
            copy = file.readAll();
            if (file.error() != QFileDevice::NoError)
                return readError();
            bytes = copy;
        }
    }

    QList<ActivityEntry> entries;
    // Keyed by the id's bytes in the mapped file: no string is made to find an entry. An id
    // written with escapes (never by this journal) is keyed by its decoded UTF-8, kept alive here.
    QHash<QByteArrayView, qsizetype> byId;
    QList<QByteArray> decodedIds;
    const auto idKey = [&decodedIds](const Field &id) -> QByteArrayView {
        if (!id.decoded && !id.escaped)
            return id.raw;
        decodedIds.append(id.text().toUtf8());
        return decodedIds.constLast();
    };
    entries.reserve(bytes.count('\n') + 1); // lines bound the entries; untouched capacity costs no memory
    byId.reserve(entries.capacity());
    StringPool pool;

    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QByteArrayView line = bytes.sliced(start, end - start);
        start = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;

        std::optional<EventLine> parsed = parseFlat(line);
        if (!parsed)
            parsed = parseWithQJson(QByteArray::fromRawData(line.data(), line.size()));
        if (!parsed || parsed->version < FormatVersion || parsed->id.isEmpty()) {
            ++result.skippedLines;
            continue;
        }
        const EventLine &event = *parsed;
        if (event.event == IntentEvent) {
            const QByteArrayView key = idKey(event.id);
            ActivityEntry entry;
            entry.time = parseTime(event.time);
            if (!entry.time.isValid() || byId.contains(key)) {
                ++result.skippedLines;
                continue;
            }
            entry.id = event.id.text();
            entry.tenant = pool.intern(event.tenant);
            entry.action = pool.intern(event.action);
            entry.target = event.target.text();
            entry.targetId = event.targetId.text();
            entry.clientRequestId = event.clientRequestId.text();
            entry.detail = event.detail.text();
            byId.insert(key, entries.size());
            entries.append(std::move(entry));
        } else if (event.event == OutcomeEvent) {
            const auto found = byId.constFind(idKey(event.id));
            const auto outcome = outcomeFromName(event.outcome);
            if (found == byId.cend() || !outcome) {
                ++result.skippedLines;
                continue;
            }
            ActivityEntry &entry = entries[*found];
            entry.outcome = *outcome;
            entry.detail = event.detail.text();
            entry.requestId = event.requestId.text();
            if (!event.clientRequestId.isEmpty())
                entry.clientRequestId = event.clientRequestId.text();
        } else {
            ++result.skippedLines;
        }
    }
    file.close();

    // An intent without an outcome: the app stopped (crash, power loss, kill) before Graph
    // answered. Whether the change was made is unknown; the entry says so.
    for (ActivityEntry &entry : entries) {
        if (entry.outcome == ActivityEntry::Outcome::Pending)
            entry.outcome = ActivityEntry::Outcome::Unknown;
    }
    result.entries = static_cast<int>(entries.size());
    m_model.append(std::move(entries));
    if (result.skippedLines > 0)
        qCWarning(lcModels).nospace() << "activity log " << m_filePath << ": skipped " << result.skippedLines
                                      << " unreadable line(s)";
    qCInfo(lcModels).nospace() << "activity log " << m_filePath << ": loaded " << result.entries << " entries in "
                               << timer.elapsed() << " ms";
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
        entry.detail = redacted(entry.detail);
        entry.requestId.clear();
        entry.clientRequestId = redacted(entry.clientRequestId);
        lines += intentLine(entry);
    }
    // On disk first: the intent is durable before anyone reacts to the new rows.
    appendToFile(lines);
    return m_model.append(std::move(entries));
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
    if (!entry.id.isEmpty()) // an entry put into the model directly, not recorded here, has no intent line
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
    // Append to a regular file; a device (a test's /dev/full) cannot seek to its end.
    QIODevice::OpenMode mode = QIODevice::WriteOnly | QIODevice::Unbuffered;
    if (!info.exists() || info.isFile())
        mode |= QIODevice::Append;
    if (!m_file.open(mode, OwnerOnly)) {
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
