// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/config/logging.h"

Q_LOGGING_CATEGORY(lcConfig, "healthhub.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "healthhub.app", QtInfoMsg)
