# The workspace's launcher for PowerShell (workspace.cmd starts it on Windows; pwsh on macOS/Linux runs it directly):
# publishes the workspace (Release, ReadyToRun: see src/Workspace/Workspace.csproj) only when an input of its build changed
# since the last build it made, then runs the published program. `dotnet run` re-checks the whole build on every call
# (about 3 s); this check is a file-date comparison.
$ErrorActionPreference = 'Stop'
$root = Split-Path -Parent $PSScriptRoot
$out = Join-Path $root 'artifacts/publish/Workspace/release'
$dll = Join-Path $out 'workspace.dll'
$stamp = Join-Path $root 'artifacts/publish/.workspace-build.stamp'

# Inputs of the build: every file and folder under src/ (a folder's date changes when a file is added, removed or
# renamed in it) and the repository-wide build settings.
function Test-Stale {
    # -Force: PowerShell treats dot-files as hidden on macOS and Linux.
    if (-not (Test-Path -LiteralPath $dll) -or -not (Test-Path -LiteralPath $stamp)) { return $true }
    $built = (Get-Item -Force -LiteralPath $stamp).LastWriteTimeUtc
    $settings = 'global.json', 'Directory.Build.props', 'Directory.Packages.props', 'NuGet.config', 'nuget.config' |
        ForEach-Object { Join-Path $root $_ } | Where-Object { Test-Path -LiteralPath $_ }
    foreach ($f in $settings) { if ((Get-Item -Force -LiteralPath $f).LastWriteTimeUtc -gt $built) { return $true } }
    $src = Join-Path $root 'src'
    if ((Get-Item -Force -LiteralPath $src).LastWriteTimeUtc -gt $built) { return $true }
    $newer = Get-ChildItem -LiteralPath $src -Recurse -Force | Where-Object { $_.LastWriteTimeUtc -gt $built } | Select-Object -First 1
    return $null -ne $newer
}

if (Test-Stale) {
    New-Item -ItemType Directory -Force -Path (Split-Path -Parent $stamp) | Out-Null
    # Dated before the build starts, so an edit made while it runs still counts as newer next time.
    Set-Content -LiteralPath "$stamp.new" -Value '' -NoNewline
    # Published into an empty folder and swapped in whole: a failed publish leaves the previous program as it was, and
    # no file of an earlier publish (say, a library's ahead-of-time image) survives into this one.
    foreach ($d in "$out.new", "$out.old") { if (Test-Path -LiteralPath $d) { Remove-Item -LiteralPath $d -Recurse -Force } }
    # Errors only: the restore warnings NU1603/NU1608 are expected here (see Directory.Build.props).
    & dotnet publish (Join-Path $root 'src/Workspace/Workspace.csproj') -c Release --use-current-runtime -o "$out.new" --nologo -v quiet -consoleLoggerParameters:ErrorsOnly
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    if (Test-Path -LiteralPath $out) { Move-Item -LiteralPath $out -Destination "$out.old" }
    Move-Item -LiteralPath "$out.new" -Destination $out
    Remove-Item -LiteralPath "$out.old" -Recurse -Force -ErrorAction SilentlyContinue
    Move-Item -LiteralPath "$stamp.new" -Destination $stamp -Force
}
# The GC sizes its youngest generation from the CPU's L3 cache: a server CPU reporting 260 MB of L3 let each notebook's
# kernel pile up about 200 MB of garbage between collections. 16 MB is a desktop CPU's figure; it took 40 MB off the
# peak of a forced reproduction at no measured cost in time. The runtime reads this setting from the environment only.
if (-not $env:DOTNET_GCgen0size) { $env:DOTNET_GCgen0size = '0x1000000' }
& dotnet $dll @args
exit $LASTEXITCODE
