; Inno Setup 6.3+ script: a per-user installer for the PyInstaller folder dist\assistant.
;
;   iscc /DAppVersion=0.2.0rc1 /DAppVersionNumeric=0.2.0.0 packaging\windows\assistant.iss
;
; Both values come from pyproject's version through packaging/versions.py
; (windows-display, windows-numeric): VersionInfoVersion takes four numbers
; only, and aborts the build on "0.2.0rc1".
;
; Signed (setup.exe and the uninstaller) when a sign tool named "signtool" is
; passed: iscc "/Ssigntool=signtool.exe sign /fd sha256 ... $f" /DSign ...
; (the release workflow does this when the WINDOWS_CERTIFICATE_PFX secret exists;
; the two .exe files inside are signed before iscc runs).
;
; Output: dist\Assistant-<version>-setup.exe. Installs into
; %LOCALAPPDATA%\Programs\Assistant without administrator rights, adds a
; Start-menu entry (and a desktop shortcut if ticked), registers an
; uninstaller. Uninstalling removes the program and keeps the user's data
; (to-dos, calendar, notes, downloaded models) unless the user ticks
; "also delete my data" when asked.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z /DAppVersionNumeric=x.y.z.n packaging\windows\assistant.iss
#endif
#ifndef AppVersionNumeric
  #error Pass the numeric version: /DAppVersionNumeric=x.y.z.n (python packaging/versions.py windows-numeric)
#endif
#define AppName "Assistant"
#define AppExe "Assistant.exe"
#define CliExe "assistant-cli.exe"
#define SourceDir "..\..\dist\assistant"
; The app id everywhere (AppStream, macOS bundle id); the running app sets the
; same AppUserModelID (packaging/pyinstaller/rthooks), so taskbar pins and
; notifications belong to the Start-menu shortcut.
#define AppUserModelID "io.github.localassistant.Assistant"

[Setup]
; A fixed AppId keeps upgrades in place; never change it after a release.
AppId={{6F4B7E52-3C1D-4B8A-9E57-2A6D1C0F8B31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Assistant developers
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductTextVersion={#AppVersion}
; Per-user: no UAC prompt, installs under %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; PySide6 6.11 supports Windows 10 1809 and later.
MinVersion=10.0.17763
OutputDir=..\..\dist
OutputBaseFilename=Assistant-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\assistant.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Closes a running copy before files are replaced.
CloseApplications=yes
RestartApplications=no
; The optional "add to PATH" task changes the user's environment.
ChangesEnvironment=yes
#ifdef Sign
; Inno Setup signs setup.exe and the uninstaller it writes with this tool.
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Add the command-line tool (assistant-cli) to PATH"; GroupDescription: "Command line:"; Flags: unchecked

[Registry]
; The user's PATH, not the machine's: the install is per user.
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NotOnPath(ExpandConstant('{app}'))
; The app id's name and icon for reminder toasts (assistant/ui/reminders/windows_toast.py,
; which uses toasts only where this key or the Start-menu shortcut exists).
Root: HKA; Subkey: "Software\Classes\AppUserModelId\{#AppUserModelID}"; ValueType: string; ValueName: "DisplayName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\AppUserModelId\{#AppUserModelID}"; ValueType: string; ValueName: "IconUri"; ValueData: "{app}\_internal\resources\icons\assistant-64.png"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade must not leave libraries of the previous version next to the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "To-dos, calendar and notes"; AppUserModelID: "{#AppUserModelID}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon; AppUserModelID: "{#AppUserModelID}"

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Files the app may create next to itself (none today); the data folder is handled below.
Type: dirifempty; Name: "{app}"

[Code]
function NotOnPath(Dir: String): Boolean;
var
  Path: String;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Path) then
    Path := '';
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Path) + ';') = 0;
end;

// Takes {app} back out of the user's PATH (the task may have put it there).
procedure RemoveFromPath(Dir: String);
var
  Path: String;
  P: Integer;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Path) then
    exit;
  P := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Path) + ';');
  if P = 0 then
    exit;
  // P is 1-based in ';' + Path + ';': the entry starts at P in Path, and the
  // ';' before it (if any) goes with it.
  if P > 1 then
    Delete(Path, P - 1, Length(Dir) + 1)
  else
    Delete(Path, 1, Length(Dir) + 1);
  RegWriteExpandStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Path);
end;

// The data folder is platformdirs.user_data_dir("Assistant", "assistant"):
// %LOCALAPPDATA%\assistant\Assistant (assistant/paths.py). ASSISTANT_DATA_DIR
// overrides it for portable setups; those are never deleted by the uninstaller.
function UserDataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\assistant\Assistant');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Data: String;
begin
  if CurUninstallStep = usUninstall then
    RemoveFromPath(ExpandConstant('{app}'));
  if CurUninstallStep <> usPostUninstall then
    exit;
  Data := UserDataDir();
  if not DirExists(Data) then
    exit;
  // Silent uninstalls (/SILENT, /VERYSILENT) keep the data: no one was asked.
  if UninstallSilent() then
    exit;
  if MsgBox('Also delete your to-dos, calendar, notes and downloaded models?' + #13#10 + #13#10 +
            Data + #13#10 + #13#10 +
            'Choose No to keep them for a later install.',
            mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
    DelTree(Data, True, True, True);
end;
