#pragma once

#include "GraphTestEnvironment.h"
#include "app/Settings.h"
#include "views/MainWindow.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSettings>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

class QHeaderView;
class QPlainTextEdit;
class QWidget;

namespace ed {
struct GrantedPermissions;
class RawJsonDialog;
class ViewPage;
} // namespace ed

namespace ed::test {

// The child of `parent` with this type and object name. The tests drive every widget through its
// object name: a missing one ends the run at once (qFatal), naming it.
template<typename T>
T *child(const QObject &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    if (!found)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

// Resizes and shows a top-level widget, makes it the active window and waits until it is; true
// when it is.
bool showActive(QWidget &window, QSize size);

// Saves what an offscreen widget shows as build/<preset>/tests/screenshots/<name>, for the docs; a file
// that cannot be written fails the test.
void saveScreenshot(QWidget &widget, const QString &name);

// What a page says of itself, in words, for one QCOMPARE: its key, its title, and "icon",
// "refresh" and "search" when it has an icon, can refresh and has a search placeholder ("no icon",
// … when not).
QStringList describePage(const ViewPage &page);

// What a user may do to a table's columns: hide some, show others, move one to the second place
// (visual index 1), resize one.
struct ColumnChanges
{
    QList<int> hide = {};
    QList<int> show = {};
    int moveToSecond = -1;
    int resize = -1;
    int width = 0; // of `resize`
};

// Makes the changes to a header, as a user does.
void applyColumnChanges(QHeaderView &header, const ColumnChanges &changes);
// The changes a header (restored from saved state) does not show, in words; empty when it shows
// every one.
QStringList missingColumnChanges(const QHeaderView &header, const ColumnChanges &changes);

// Makes the changes to the columns of `view`'s table, saves the view's state (in settings of its
// own) and restores it into `other`, a new view of the same kind: what of the changes other's
// table does not show, in words (empty: the layout persists).
template<typename View>
QStringList columnChangesLost(View &view, View &other, const ColumnChanges &changes)
{
    QTemporaryDir directory;
    QSettings store(directory.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    Settings settings(store);
    applyColumnChanges(*view.table()->horizontalHeader(), changes);
    view.saveState(settings);
    other.restoreState(settings);
    return missingColumnChanges(*other.table()->horizontalHeader(), changes);
}

// The visible, focusable buttons and item views under `root` that a screen reader cannot name (no
// accessible name, and for a button no text either), in words; with `objectNames`, also those
// without an object name (Qt's own parts, whose parent's name starts with "qt_", aside).
QStringList unnamedControls(const QWidget &root, bool objectNames);

// What the raw JSON dialog of a view shows, read after clicking the button that opens it.
struct RawJsonView
{
    RawJsonDialog *dialog = nullptr; // null when none opened
    QPlainTextEdit *text = nullptr;
    QJsonObject json; // the text, parsed
    // What is wrong, in words: no such button or not enabled, no dialog, not visible, its title
    // without the object's name, its text missing, editable or not JSON. Empty when nothing is.
    QStringList problems;
};
RawJsonView openRawJson(QWidget &view, const QString &buttonName, const QString &objectName);

// Another view page of type View on an emulator a test already runs, signed in with a token of
// only `scopes`: a GraphTestEnvironment of its own (journal included) on the borrowed fixture, the
// view shown at 1000 × 600 and given the environment's service.
template<typename View>
struct SignedInView
{
    SignedInView(EmulatorFixture &fixture, const QStringList &scopes)
        : env(fixture, {.scopes = scopes})
        , view(env.journal())
    {
        view.resize(1000, 600);
        view.show();
        view.setService(&env.intune(), env.tenant());
    }

    // Renews the token to one with every scope the app uses, as consenting and signing in again
    // does, and lets the renewal land.
    void grantEveryScope()
    {
        env.tokens().renewTo = env.fixture().token();
        env.tokens().refreshAccessToken();
        QTest::qWait(50);
    }

    GraphTestEnvironment env;
    View view;
};

// The main window as Application builds it, on a test environment's activity and journal, with
// settings of its own in a temporary directory. The environment must outlive it.
class MainWindowRig final
{
    Q_DISABLE_COPY_MOVE(MainWindowRig)
public:
    explicit MainWindowRig(GraphTestEnvironment &env);
    ~MainWindowRig();

    MainWindow &window() { return m_window; }
    // Shows the window at 1280 × 800 as the active window, then gives it the environment's
    // service and tenant (as signing in does); false when the window did not become active.
    bool showSignedIn();
    // Tells the window it is connected to the demo tenant with these permissions (the status
    // bar, the permission-aware actions).
    void setConnected(const GrantedPermissions &permissions);

private:
    GraphTestEnvironment &m_env;
    QTemporaryDir m_dir;
    QSettings m_store;
    Settings m_settings;
    MainWindow m_window; // last: gone before the settings it saves into
};

} // namespace ed::test
