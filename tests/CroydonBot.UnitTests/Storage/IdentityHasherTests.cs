using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using CroydonBot.Storage;
using Microsoft.Extensions.Options;

namespace CroydonBot.UnitTests.Storage;

public sealed class IdentityHasherTests
{
    private const string Salt = "a salt for these tests only";

    [Fact]
    public async Task AnIdHashesToTheFirstSixteenBytesOfItsSaltedMacEveryTimeItIsAsked()
    {
        var hasher = new IdentityHasher(new NoDatabase(), Options.Create(new StorageOptions { UserIdSalt = Salt }));
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Salt), Encoding.UTF8.GetBytes("msteams\nuser-7")).AsSpan(0, 16));

        Assert.Equal(expected, await hasher.UserAsync("msteams", "user-7", CancellationToken.None));
        Assert.Equal(expected, await hasher.UserAsync("msteams", "user-7", CancellationToken.None));
        Assert.Equal(expected, await hasher.HashAsync("msteams\nuser-7", CancellationToken.None));
    }

    [Fact]
    public async Task DifferentIdsAndDifferentChannelsHashApart()
    {
        var hasher = new IdentityHasher(new NoDatabase(), Options.Create(new StorageOptions { UserIdSalt = Salt }));
        var first = await hasher.UserAsync("msteams", "user-7", CancellationToken.None);

        Assert.NotEqual(first, await hasher.UserAsync("msteams", "user-8", CancellationToken.None));
        Assert.NotEqual(first, await hasher.UserAsync("webchat", "user-7", CancellationToken.None));
        Assert.Equal(first, await hasher.UserAsync("msteams", "user-7", CancellationToken.None));
    }

    /// <summary>The salt is configured, so the database is never asked.</summary>
    private sealed class NoDatabase : ISqlDatabase
    {
        public string Dialect => "none";

        public Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => throw new InvalidOperationException("not used");

        public Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction?, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("not used");
    }
}
