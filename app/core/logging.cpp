// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/logging.h"

Q_LOGGING_CATEGORY(lcConfig, "healthhub.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "healthhub.app", QtInfoMsg)
