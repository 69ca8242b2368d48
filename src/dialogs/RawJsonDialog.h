#pragma once

#include <QDialog>
#include <QJsonDocument>
#include <QJsonObject>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ed {

// An object as Graph sent it: the indented JSON, read-only and monospaced, with Copy and Close.
// Generic (deployment profiles, enrollment configurations, …); the title names the object.
// Not modal: it can stay open beside the window to compare with the readable form.
class RawJsonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawJsonDialog)
public:
    // objectTitle: what the JSON is ("Autopilot – Kiosk self-deploying"); the window says
    // "Raw JSON — <objectTitle>".
    RawJsonDialog(const QString &objectTitle, const QJsonDocument &json, QWidget *parent = nullptr);
    RawJsonDialog(const QString &objectTitle, const QJsonObject &json, QWidget *parent = nullptr);
    ~RawJsonDialog() override;

    // Creates the dialog (deleted on close), shows it and brings it to the front.
    static RawJsonDialog *open(QWidget *parent, const QString &objectTitle, const QJsonObject &json);

    QString text() const;
    QPlainTextEdit *editor() const { return m_text; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *closeButton() const { return m_close; }
    // Puts the JSON on the clipboard and says so beside the buttons.
    void copyToClipboard();

private:
    QPlainTextEdit *m_text;
    QLabel *m_status;
    QPushButton *m_copy;
    QPushButton *m_close;
};

} // namespace ed
