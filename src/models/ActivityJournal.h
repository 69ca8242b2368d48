#pragma once

#include "ActivityEntry.h"

#include <QFile>
#include <QList>
#include <QObject>

namespace ed {

class ActivityModel;

// The one path every write takes into the activity log (ARCHITECTURE.md rule 6): the intent is
// recorded before the request is sent, the outcome when the answer comes. Entries go to the
// ActivityModel and, append-only, to a JSON Lines file (one event per line, owner-only
// permissions, no tokens or secrets), so the log survives restarts and an entry whose answer
// never came reads as Outcome::Unknown after a crash.
//
// File format (version 1), one JSON object per line, written with one unbuffered write() per
// call (no fsync: an app crash or kill loses nothing; a power cut may lose the last lines):
//   {"v":1,"event":"intent","id":…,"time":"2025-03-01T14:05:09.123Z","tenant":…,"action":…,
//    "target":…,"targetId":…[,"clientRequestId":…]}
//   {"v":1,"event":"outcome","id":…,"time":…,"outcome":"succeeded|failed|cancelled","detail":…,
//    "requestId":…,"clientRequestId":…}
// load() folds the events by id in file order; a line that cannot be used (a torn last line
// after a crash, hand edits) is skipped and counted, never fatal. Readers accept any "v" >= 1
// and ignore keys they do not know, so later versions may add fields.
// Growth: the file is only ever appended to, never rewritten or rotated. An entry is about
// 450 bytes, so 100,000 writes make a 45 MB file that loads in well under a second. If it ever
// needs trimming, rotate whole files at start-up (rename, start a new one), never edit lines in
// place.
class ActivityJournal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityJournal)
public:
    // filePath empty: memory only (the model still gets every entry).
    ActivityJournal(ActivityModel &model, QString filePath, QObject *parent = nullptr);
    ~ActivityJournal() override;

    struct LoadResult
    {
        int entries = 0; // entries now in the model from earlier runs
        int skippedLines = 0; // malformed lines ignored (the file is never rewritten)
        QString error; // the file exists but cannot be read; empty otherwise
    };
    // Reads the entries of earlier runs into the model (oldest first), in one insert. Call once,
    // before the first record(); later calls do nothing. A read error also sets lastError().
    LoadResult load();

    // Records the intent of a write (outcome Pending); returns its model row. Assigns id and,
    // when unset, time. Every text is passed through LogRedactor before it is kept or written.
    int record(ActivityEntry entry);
    // Many at once (one model insert, one file write); returns the row of the first.
    int recordMany(QList<ActivityEntry> entries);
    // The answer came: Succeeded, Failed or Cancelled (not sent). Only a Pending entry of this
    // session can be completed; anything else is ignored with a warning. An empty
    // clientRequestId keeps the one given to record().
    void complete(int row, ActivityEntry::Outcome outcome, const QString &detail = {}, const QString &requestId = {},
                  const QString &clientRequestId = {});

    QString filePath() const { return m_filePath; }
    // The last write to the file failed (disk full, permissions): the entries are in the model
    // but not on disk. Empty when all is well. It stays set once set (some entries are missing
    // from the file even if later writes work), and changes when a different failure follows.
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void errorChanged(const QString &error);

private:
    bool ensureOpen();
    void appendToFile(const QByteArray &lines);
    void setError(const QString &error);

    ActivityModel &m_model;
    QString m_filePath;
    QFile m_file;
    QString m_lastError;
    bool m_loaded = false;
    bool m_needsNewline = false; // the file ends in a torn line: start ours on a fresh one
};

} // namespace ed
