// The OnboardingResources target: Onboarding's data files (strings/, attributes.json)
// declared as SwiftPM resources of a C target, so that SwiftPM copies them beside
// the binary (cognito-onboard_OnboardingResources.resources) without generating the
// `Bundle.module` accessor it generates for a Swift target: that accessor imports
// Foundation, and Foundation brings ICU (some 40 MB) into the static binary.
// ResourceFiles (Sources/Onboarding/Text) finds the folder; nothing calls this file,
// but a target needs one source for SwiftPM to build it and copy its resources.
int onboarding_resources_anchor;
