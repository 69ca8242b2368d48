#pragma once

#include "auth/ConnectionProfile.h"
#include "auth/SignInController.h"
#include "graph/GraphError.h"

#include <QDateTime>
#include <QDialog>
#include <QHash>
#include <QSet>
#include <QString>
#include <QUrl>

#include <optional>

class QButtonGroup;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTimer;
class QWidget;

namespace ed {

// "Sign in" (issue 8 point 1): the saved connections on the left (the demo tenant first, the live
// one marked), the selected connection's form on the right (tenant, cloud, method, client id,
// access mode, and the method's own credential fields), and below it what the sign-in is doing:
// the browser step, the device code with its countdown, "Signing in…", or the failure with its
// details. Sign in validates the form, saves the connection (never the demo, never a secret) and
// hands it to the SignInController; signedIn() saves it again (with the account) and closes the
// dialog. A failure keeps every value typed, secrets included, until the dialog closes; closing
// cancels a running sign-in and clears the secret fields.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)
public:
    SignInDialog(SignInController &controller, ConnectionStore &store, QWidget *parent = nullptr);
    ~SignInDialog() override;

    // The built-in demo tenant, listed first as "Demo tenant"; never saved or deleted.
    void setDemoProfile(const ConnectionProfile &demo);
    // Selects the connection (saved, the demo, or a new one not saved yet) and fills the form.
    void selectConnection(const QString &id);
    // A new connection with the defaults (browser, the default client id, read-only, Global).
    void startNewConnection();
    // Exactly what clicking "Sign in" does (nothing while the form is invalid or a sign-in runs).
    void startSignIn();
    // Deletes the selected connection after asking (not the demo).
    void deleteSelectedConnection();
    // Reads a token file (at most maxTokenFileBytes) into the access token field; false (and the
    // reason next to the field) when it cannot.
    bool loadTokenFile(const QString &path);

    // The form as a connection, and the credentials typed for this sign-in.
    ConnectionProfile formProfile() const;
    SignInCredentials formCredentials() const;
    QString currentId() const { return m_currentId; }
    // What is missing or wrong in the form; empty when Sign in may be pressed.
    QString validationText() const;
    bool isSigningIn() const { return m_running; }
    // The failure shown, and its details; empty when none is shown.
    QString errorText() const;
    QString errorDetails() const { return m_errorDetails; }

    static constexpr qsizetype maxTokenFileBytes = 64 * 1024;

    // Test seam: the next delete confirmation is answered with this instead of being shown.
    static void setNextDeleteAnswer(std::optional<bool> answer);

public Q_SLOTS:
    void done(int result) override;

private:
    enum class Page { Idle, Browser, DeviceCode, Working, Error };

    void buildForm();
    void buildProgress();
    void reloadList(const QString &select);
    QListWidgetItem *itemFor(const QString &id) const;
    void updateItem(QListWidgetItem *item);
    void loadIntoForm(const ConnectionProfile &profile);
    void storeCurrentCredentials();
    SignInCredentials typedCredentials() const;
    void onFormEdited();
    void onSelectionChanged();
    void updateFieldVisibility();
    void updateState();
    void updateBanner();
    void updateCountdown();
    void showPage(Page page);
    void onCancelClicked();
    void onStageChanged(SignInController::Stage stage);
    void onDeviceCode(const QString &userCode, const QUrl &uri, const QDateTime &expiresAt);
    void onBrowserNotOpened(const QUrl &url);
    void onSignedIn(const ConnectionProfile &profile);
    void onFailed(const GraphError &error, const QString &sentence);
    void copyToClipboard(const QString &text, QLabel *status);
    void browseCertificate();
    void browseTokenFile();
    void clearSecrets();

    SignInController &m_controller;
    ConnectionStore &m_store;
    std::optional<ConnectionProfile> m_demo;
    // Every connection in the list as the form last had it (saved, edited, or new), by id.
    QHash<QString, ConnectionProfile> m_profiles;
    QSet<QString> m_unsaved; // new connections not saved yet
    QSet<QString> m_edited; // connections the user changed here since they were last saved
    QHash<QString, SignInCredentials> m_credentials; // typed secrets, per connection, memory only
    QString m_currentId;
    bool m_loading = false; // filling the form: edits are not the user's
    bool m_running = false; // a sign-in this dialog started
    QString m_errorDetails;
    QString m_tokenOrigin; // the file the token was loaded from; empty: pasted or typed
    bool m_settingToken = false; // the token field is being filled, not edited

    QLabel *m_banner;
    QListWidget *m_list;
    QPushButton *m_newButton;
    QPushButton *m_deleteButton;
    QWidget *m_form;
    QFormLayout *m_formLayout = nullptr;
    QLineEdit *m_name;
    QLineEdit *m_tenant;
    QComboBox *m_cloud;
    QComboBox *m_method;
    QLabel *m_methodNote;
    QWidget *m_clientIdRow;
    QLabel *m_clientIdLabel;
    QLineEdit *m_clientId;
    QPushButton *m_resetClientId;
    QLabel *m_chinaNote;
    QLabel *m_accessLabel;
    QWidget *m_accessBox;
    QRadioButton *m_readOnly;
    QRadioButton *m_readWrite;
    QButtonGroup *m_accessGroup;
    QLabel *m_certificateLabel;
    QWidget *m_certificateRow;
    QLineEdit *m_certificatePath;
    QPushButton *m_browseCertificate;
    QLabel *m_certificatePasswordLabel;
    QLineEdit *m_certificatePassword;
    QLabel *m_secretLabel;
    QLineEdit *m_secret;
    QLabel *m_tokenLabel;
    QWidget *m_tokenBox;
    QPlainTextEdit *m_token;
    QPushButton *m_loadToken;
    QLabel *m_tokenStatus;
    QLabel *m_validation;

    QStackedWidget *m_progress;
    QWidget *m_idlePage;
    QWidget *m_browserPage;
    QLabel *m_browserText;
    QLabel *m_browserLink;
    QPushButton *m_copyLink;
    QPushButton *m_openBrowserAgain;
    QLabel *m_browserCopyStatus;
    QWidget *m_deviceCodePage;
    QLabel *m_deviceIntro;
    QLabel *m_userCode;
    QPushButton *m_copyCode;
    QLabel *m_verificationUri;
    QPushButton *m_copyUri;
    QPushButton *m_openUri;
    QLabel *m_countdown;
    QLabel *m_demoNote;
    QLabel *m_deviceCopyStatus;
    QWidget *m_workingPage;
    QLabel *m_working;
    QWidget *m_errorPage;
    QLabel *m_error;
    QPushButton *m_detailsButton;
    QPushButton *m_copyDetails;
    QLabel *m_errorCopyStatus;
    QPlainTextEdit *m_details;

    QPushButton *m_signIn;
    QPushButton *m_cancel;
    QTimer *m_countdownTimer;
    QDateTime m_expiresAt;
};

} // namespace ed
