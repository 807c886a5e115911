#include "auth/authlog.h"

Q_LOGGING_CATEGORY(lcAuth, "leap.auth", QtInfoMsg)
