#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>

class QFormLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;
class QWidget;

namespace ed {

class RawJsonDialog;

// The labelled read-only values of a details pane, found by key: each value is selectable plain
// text (what Graph sends is never read as markup) named after its label for screen readers; a
// copyable one has a Copy button beside it. The rows may sit in one form or spread over several
// (group boxes). Object names: <valuePrefix><key> for a value, <copyPrefix><key> for its button.
class DetailsForm final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsForm)
public:
    DetailsForm(const QString &valuePrefix, const QString &copyPrefix, QObject *parent);
    ~DetailsForm() override;

    // A form laid out as the panes show their values: labels right-aligned, values take the width.
    static QFormLayout *createLayout(QWidget *parent = nullptr);

    // Adds the row "label: value" to form and returns the value's label.
    QLabel *addField(QFormLayout *form, const QString &key, const QString &label, bool copyable = false);
    // Sets the value's text and tooltip (an unknown key is ignored).
    void setField(const QString &key, const QString &text, const QString &toolTip = {});
    // The text shown for a field; empty for an unknown key.
    QString fieldText(const QString &key) const;
    QStringList keys() const { return m_values.keys(); }
    // Empties every value.
    void clear();

private:
    const QString m_valuePrefix;
    const QString m_copyPrefix;
    QHash<QString, QLabel *> m_values;
};

// The frame of a details pane: a placeholder while nothing is shown, else a scrollable page with
// the object's name as a bold title, a "Raw JSON…" button beside it and two columns (left, right)
// for group boxes, which the pane adds (and ends with a stretch). Built into the pane, which owns
// every widget. Object names: <prefix>DetailsPlaceholder, <prefix>DetailsTitle,
// <prefix>RawJsonButton, <prefix>DetailsScroll and <prefix>DetailsStack.
class DetailsFrame final
{
    Q_DISABLE_COPY_MOVE(DetailsFrame)
public:
    // The translated texts of the frame's parts.
    struct Texts
    {
        QString placeholder; // what the pane says while nothing is shown
        QString placeholderName; // its accessible name
        QString titleName; // the title's accessible name
        QString rawJson; // the button's text
        QString rawJsonName; // its accessible name and tooltip
        QString scrollName; // the page's accessible name
    };

    DetailsFrame(QWidget *pane, const QString &prefix, const Texts &texts);

    // A group box at the end of column, named and titled, holding a form of values
    // (DetailsForm::createLayout).
    QFormLayout *addGroup(QVBoxLayout *column, const QString &objectName, const QString &title) const;

    // The placeholder; the title emptied, the button disabled.
    void showPlaceholder();
    // The page, titled with the object's name (its id when it has none).
    void showPage(const QString &displayName, const QString &id);
    bool isShowingPage() const;
    // The JSON as Graph sent it, titled like the page; nullptr while the placeholder shows.
    RawJsonDialog *openRawJson(const QJsonObject &json) const;

    QWidget *content() const { return m_content; }
    QPushButton *rawJsonButton() const { return m_rawJson; }
    QVBoxLayout *left() const { return m_left; }
    QVBoxLayout *right() const { return m_right; }

private:
    QWidget *m_pane;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QWidget *m_content;
    QLabel *m_title;
    QPushButton *m_rawJson;
    QVBoxLayout *m_left;
    QVBoxLayout *m_right;
};

// Role scope tags in words: "Default (0), 12"; none when there are none. defaultTag: the words
// for tag "0".
QString scopeTagsText(const QStringList &tagIds, const QString &defaultTag, const QString &none);

} // namespace ed
