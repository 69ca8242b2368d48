// Enrollment Desk: everything but this function lives in the ed_core and ed_gui libraries.

#include "app/Application.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    ed::Application::setIdentity();
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments.append(QString::fromLocal8Bit(argv[i]));

    if (ed::Application::isConsoleOnly(rawArguments) || !ed::Application::hasDisplay(rawArguments)) {
        // --help, --version and option errors work without a display (over SSH, in scripts).
        QCoreApplication console(argc, argv);
        const ed::StartupCommand command = ed::parseStartupArguments(QCoreApplication::arguments());
        return command.action == ed::StartupCommand::Action::Run ? ed::Application::reportNoDisplay()
                                                                 : ed::Application::report(command);
    }

    QApplication qtApplication(argc, argv);
    const ed::StartupCommand command = ed::parseStartupArguments(QCoreApplication::arguments());
    if (command.action != ed::StartupCommand::Action::Run)
        return ed::Application::report(command);

    ed::Application application(command.options);
    if (const int status = application.start(); status != 0)
        return status;
    return QApplication::exec();
}
