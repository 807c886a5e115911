#include "resources/appidentity.h"

#include <algorithm>
#include <iterator>

namespace leap::resources {

QString iconPngPath(int size)
{
    if (std::find(std::begin(iconPngSizes), std::end(iconPngSizes), size) == std::end(iconPngSizes))
        return {};
    return QStringLiteral(":/icons/hicolor/%1x%1/leap-entra-setup.png").arg(size);
}

} // namespace leap::resources
