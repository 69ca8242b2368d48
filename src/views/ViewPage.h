#pragma once

#include <QIcon>
#include <QWidget>

namespace ed {

class Settings;

// A page of the main window (Autopilot devices, Deployment profiles, …). The window asks each
// page what it supports: search, refresh, and which state it keeps between runs.
class ViewPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewPage)
public:
    using QWidget::QWidget;
    ~ViewPage() override = default;

    // Stable key for settings and the command line ("devices", "profiles", …).
    virtual QString key() const = 0;
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;

    // Placeholder text for the search field; empty when the page cannot be searched.
    virtual QString searchPlaceholder() const { return {}; }
    virtual void setSearchText(const QString &text) { Q_UNUSED(text) }
    virtual QString searchText() const { return {}; }
    virtual bool canRefresh() const { return false; }
    virtual void refresh() { }
    virtual void saveState(Settings &settings) const { Q_UNUSED(settings) }
    virtual void restoreState(const Settings &settings) { Q_UNUSED(settings) }
    // "3 changes (1 shown)": the page's part of the status bar.
    virtual QString summary() const { return {}; }

Q_SIGNALS:
    void summaryChanged();
    // The page changed its own search text (cleared it to show a selection): the search field
    // shows the new text.
    void searchTextChangedByPage(const QString &text);
};

} // namespace ed
