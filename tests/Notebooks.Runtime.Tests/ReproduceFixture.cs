using Notebooks.Runtime.Reproduce;

namespace Notebooks.Runtime.Tests;

/// <summary>One headless run of the "basic" notebook set (C#, markdown, DataFrame, Plotly chart, records), shared by tests.</summary>
public sealed class ReproduceFixture : IAsyncLifetime
{
    internal TestRepo Repo { get; } = TestRepo.Create("basic");

    internal ReproduceResult First { get; private set; } = null!;

    public string FirstLog { get; private set; } = "";

    public byte[] FirstIpynb { get; private set; } = [];

    public byte[] FirstHtml { get; private set; } = [];

    public string IpynbPath => Path.Combine(Repo.Artifacts, "notebooks", "basic.ipynb");

    public string HtmlPath => Path.Combine(Repo.Artifacts, "notebooks", "basic.html");

    internal ReproduceOptions Options(bool force, TextWriter log, IReadOnlyDictionary<string, string>? parameters = null, string? artifacts = null) => new()
    {
        RepositoryRoot = Repo.Root,
        DataDirectory = "data",
        ArtifactsDirectory = artifacts,
        Force = force,
        Log = log,
        Parameters = parameters ?? new Dictionary<string, string>(),
        CellTimeout = TimeSpan.FromSeconds(60),
    };

    public async Task InitializeAsync()
    {
        // Without Chromium the run still renders (no static images); the tests that need images are browser tests.
        var log = new StringWriter();
        First = await ReproduceRunner.RunAsync(Options(force: true, log));
        FirstLog = log.ToString();
        FirstIpynb = await File.ReadAllBytesAsync(IpynbPath);
        FirstHtml = await File.ReadAllBytesAsync(HtmlPath);
    }

    public Task DisposeAsync()
    {
        Repo.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class ReproduceCollection : ICollectionFixture<ReproduceFixture>
{
    public const string Name = "reproduce";
}
