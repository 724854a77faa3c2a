using CroydonBot.Staff;
using Microsoft.Extensions.Options;

namespace CroydonBot.UnitTests.Staff;

public sealed class AddStaffCommandTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"croydonbot-accounts-{Guid.NewGuid():N}.json");

    private async Task<(int Code, string Output, string Error)> RunAsync(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await AddStaffCommand.RunAsync(["add-staff", .. args, "--file", _file], new StringReader(stdin), output, error);
        return (code, output.ToString(), error.ToString());
    }

    private StaffAccountStore Store => new(new StaticMonitor(new StaffOptions { AccountsFile = _file }));

    [Fact]
    public async Task AManagerAddedFromStandardInputCanSignInWithThatPasswordOnly()
    {
        var (code, output, _) = await RunAsync("a long enough password\n", "alex.manager", "--role", "manager");
        Assert.Equal(0, code);
        Assert.Contains("Saved manager account 'alex.manager'", output, StringComparison.Ordinal);
        Assert.DoesNotContain("a long enough password", File.ReadAllText(_file), StringComparison.Ordinal);
        Assert.Equal("manager", Store.Verify("Alex.Manager", "a long enough password")?.Role);
        Assert.Null(Store.Verify("alex.manager", "a long enough passwore"));
    }

    [Fact]
    public async Task AddingTheSameNameAgainReplacesThePassword()
    {
        await RunAsync("first password 123\n", "sam");
        await RunAsync("second password 456\n", "sam");
        Assert.Null(Store.Verify("sam", "first password 123"));
        Assert.Equal("staff", Store.Verify("sam", "second password 456")?.Role);
        Assert.Single(StaffAccountFile.Read(_file));
    }

    [Theory]
    [InlineData("short\n", "sam", "staff")]
    [InlineData("a long enough password\n", "sam", "admin")]
    [InlineData("a long enough password\n", "bad name!", "staff")]
    [InlineData("", "sam", "staff")]
    public async Task BadInputIsRefusedAndNothingIsWritten(string stdin, string name, string role)
    {
        var (code, _, error) = await RunAsync(stdin, name, "--role", role);
        Assert.Equal(2, code);
        Assert.NotEmpty(error);
        Assert.False(File.Exists(_file));
    }

    public void Dispose() => File.Delete(_file);

    private sealed class StaticMonitor(StaffOptions value) : IOptionsMonitor<StaffOptions>
    {
        public StaffOptions CurrentValue => value;

        public StaffOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<StaffOptions, string?> listener) => null;
    }
}
