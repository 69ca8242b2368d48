#pragma once

#include <QHash>
#include <QObject>

class QFormLayout;
class QLabel;
class QWidget;

namespace ed {

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

} // namespace ed
