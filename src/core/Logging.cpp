#include "Logging.h"

Q_LOGGING_CATEGORY(lcGraph, "ed.graph", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "ed.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModels, "ed.models", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "ed.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEmulator, "ed.emulator", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "ed.app", QtInfoMsg)
