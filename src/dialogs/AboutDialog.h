#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace ed {

// Name, purpose, licence, and every version a bug report needs, with a copy button.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    // The plain-text version report shown in the dialog and copied to the clipboard.
    static QString versionReport();

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace ed
