#include "WindowTestRig.h"

#include "auth/ConnectionStatus.h"
#include "dialogs/RawJsonDialog.h"
#include "views/ViewPage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QTest>

using namespace Qt::StringLiterals;

namespace ed::test {

bool showActive(QWidget &window, QSize size)
{
    window.resize(size);
    window.show();
    QApplication::setActiveWindow(&window);
    return QTest::qWaitForWindowActive(&window);
}

void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString directory = QStringLiteral(QT_TESTCASE_BUILDDIR) + u"/screenshots"_s;
    QDir().mkpath(directory);
    QVERIFY2(widget.grab().save(directory + u'/' + name), qPrintable(directory + u'/' + name));
}

QStringList describePage(const ViewPage &page)
{
    return {page.key(), page.title(), page.icon().isNull() ? u"no icon"_s : u"icon"_s,
            page.canRefresh() ? u"refresh"_s : u"no refresh"_s,
            page.searchPlaceholder().isEmpty() ? u"no search"_s : u"search"_s};
}

void applyColumnChanges(QHeaderView &header, const ColumnChanges &changes)
{
    for (const int section : changes.hide)
        header.setSectionHidden(section, true);
    for (const int section : changes.show)
        header.setSectionHidden(section, false);
    if (changes.moveToSecond >= 0)
        header.moveSection(header.visualIndex(changes.moveToSecond), 1);
    if (changes.resize >= 0)
        header.resizeSection(changes.resize, changes.width);
}

QStringList missingColumnChanges(const QHeaderView &header, const ColumnChanges &changes)
{
    QStringList missing;
    for (const int section : changes.hide)
        if (!header.isSectionHidden(section))
            missing.append(u"column %1 is not hidden"_s.arg(section));
    for (const int section : changes.show)
        if (header.isSectionHidden(section))
            missing.append(u"column %1 is hidden"_s.arg(section));
    if (changes.moveToSecond >= 0 && header.visualIndex(changes.moveToSecond) != 1)
        missing.append(
                u"column %1 is at %2, not 1"_s.arg(changes.moveToSecond).arg(header.visualIndex(changes.moveToSecond)));
    if (changes.resize >= 0 && header.sectionSize(changes.resize) != changes.width)
        missing.append(u"column %1 is %2 wide, not %3"_s.arg(changes.resize)
                               .arg(header.sectionSize(changes.resize))
                               .arg(changes.width));
    return missing;
}

QStringList unnamedControls(const QWidget &root, bool objectNames)
{
    QStringList unnamed;
    for (QWidget *widget : root.findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus)
            continue;
        const auto *button = qobject_cast<QAbstractButton *>(widget);
        if (!button && !qobject_cast<QAbstractItemView *>(widget))
            continue;
        if (widget->accessibleName().isEmpty() && !(button && !button->text().isEmpty()))
            unnamed.append(widget->objectName() + u" has no accessible name"_s);
        if (objectNames && widget->objectName().isEmpty() && !widget->parent()->objectName().startsWith(u"qt_"_s))
            unnamed.append(QString::fromLatin1(widget->metaObject()->className()) + u" without an object name"_s);
    }
    return unnamed;
}

RawJsonView openRawJson(QWidget &view, const QString &buttonName, const QString &objectName)
{
    RawJsonView shown;
    auto *button = view.findChild<QAbstractButton *>(buttonName);
    if (!button || !button->isEnabled()) {
        shown.problems.append(buttonName + u" is missing or disabled"_s);
        return shown;
    }
    QTest::mouseClick(button, Qt::LeftButton);
    shown.dialog = view.findChild<RawJsonDialog *>(u"rawJsonDialog"_s);
    if (!shown.dialog) {
        shown.problems.append(u"no dialog opened"_s);
        return shown;
    }
    if (!shown.dialog->isVisible())
        shown.problems.append(u"the dialog is not visible"_s);
    if (!shown.dialog->windowTitle().contains(objectName))
        shown.problems.append(u"the title “%1” does not name “%2”"_s.arg(shown.dialog->windowTitle(), objectName));
    shown.text = shown.dialog->findChild<QPlainTextEdit *>(u"rawJsonText"_s);
    if (!shown.text || !shown.text->isReadOnly()) {
        shown.problems.append(u"the text is missing or editable"_s);
        return shown;
    }
    QJsonParseError error;
    shown.json = QJsonDocument::fromJson(shown.text->toPlainText().toUtf8(), &error).object();
    if (error.error != QJsonParseError::NoError)
        shown.problems.append(u"the text is not JSON: "_s + error.errorString());
    return shown;
}

MainWindowRig::MainWindowRig(GraphTestEnvironment &env)
    : m_env(env)
    , m_store(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat)
    , m_settings(m_store)
    , m_window(MainWindow::Dependencies{m_settings, env.activity(), env.journal(), {}})
{ }

MainWindowRig::~MainWindowRig() = default;

bool MainWindowRig::showSignedIn()
{
    if (!showActive(m_window, QSize(1280, 800)))
        return false;
    m_window.setIntuneService(&m_env.intune(), m_env.tenant());
    return true;
}

void MainWindowRig::setConnected(const GrantedPermissions &permissions)
{
    ConnectionStatus status;
    status.state = ConnectionStatus::State::Connected;
    status.tenant = m_env.tenant();
    status.demo = true;
    status.permissions = permissions;
    m_window.setConnectionStatus(status);
}

} // namespace ed::test
