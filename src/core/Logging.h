#pragma once

#include <QLoggingCategory>

// One category per area. Enable debug output of one area with
// QT_LOGGING_RULES="ed.graph.debug=true", or all of them with --verbose.
Q_DECLARE_LOGGING_CATEGORY(lcGraph)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcModels)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcEmulator)
Q_DECLARE_LOGGING_CATEGORY(lcApp)
