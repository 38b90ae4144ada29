@echo off
rem The workspace's launcher on Windows (cmd.exe and PowerShell: .\workspace reproduce). The check and the run live in
rem eng\workspace.ps1, started with -ExecutionPolicy Bypass because Windows blocks .ps1 files by default.
powershell.exe -NoLogo -NoProfile -ExecutionPolicy Bypass -File "%~dp0eng\workspace.ps1" %*
exit /b %ERRORLEVEL%
