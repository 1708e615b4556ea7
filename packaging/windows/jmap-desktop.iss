; Inno Setup script for the Windows installer: per-user (no administrator rights), a Start-menu
; entry, and .jmap files opening in JMap Desktop with their own icon.
; Built by .github/workflows/release.yml after `pyinstaller packaging/jmap-desktop.spec` and
; `python packaging/make_icons.py`:
;   iscc /DAppVersion=0.1.0 packaging\windows\jmap-desktop.iss
; Paths are relative to this file; the installer lands in dist\.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (from jmap_desktop.__version__)
#endif

[Setup]
AppId={{6C0F5C1E-7D4B-4E0A-9C55-2B8A8F3E6A41}
AppName=JMap Desktop
AppVersion={#AppVersion}
AppPublisher=JMap Desktop contributors
DefaultDirName={autopf}\JMap Desktop
DefaultGroupName=JMap Desktop
DisableProgramGroupPage=yes
; Per-user install: {autopf} is %LOCALAPPDATA%\Programs and HKA is HKCU without elevation.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=jmap-desktop-{#AppVersion}-windows-setup
SetupIconFile=..\..\build\icons\jmap-desktop.ico
UninstallDisplayIcon={app}\jmap-desktop.exe
LicenseFile=..\..\LICENSE
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\jmap-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\build\icons\jmap-desktop.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\JMap Desktop"; Filename: "{app}\jmap-desktop.exe"
Name: "{autodesktop}\JMap Desktop"; Filename: "{app}\jmap-desktop.exe"; Tasks: desktopicon

[Registry]
; .jmap -> JMapDesktop.Map, opened by the app with the file as its argument.
Root: HKA; Subkey: "Software\Classes\.jmap"; ValueType: string; ValueName: ""; ValueData: "JMapDesktop.Map"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.jmap"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-jmap"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\JMapDesktop.Map"; ValueType: string; ValueName: ""; ValueData: "Customer journey map"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\JMapDesktop.Map\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\jmap-desktop.ico,0"
Root: HKA; Subkey: "Software\Classes\JMapDesktop.Map\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\jmap-desktop.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\jmap-desktop.exe\SupportedTypes"; ValueType: string; ValueName: ".jmap"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\jmap-desktop.exe"; Description: "{cm:LaunchProgram,JMap Desktop}"; Flags: nowait postinstall skipifsilent
