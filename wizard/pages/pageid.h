#pragma once

namespace leap::ui {

// The wizard's pages (QWizard::setPage ids). One class per page, see setupwizard.cpp.
enum PageId : int {
    Page_Welcome, // what will happen; automatic or guided
    Page_Profile, // start page when a profile exists: overview and actions
    Page_Tenant, // tenant, cloud, Leap server
    Page_SignIn, // browser or device code
    Page_Register, // documented step 1
    Page_Secret, // documented step 2
    Page_Permissions, // documented step 3
    Page_Rotate, // re-open: rotate the client secret
    Page_GuidedRegister, // guided mode, step 1 in the admin center
    Page_GuidedSecret, // guided mode, step 2
    Page_GuidedPermissions, // guided mode, step 3
    Page_Done, // verification and exports
};

} // namespace leap::ui
