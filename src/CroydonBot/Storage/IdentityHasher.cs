using System.Security.Cryptography;
using System.Text;
using CroydonBot.Caching;
using Dapper;
using Microsoft.Extensions.Options;

namespace CroydonBot.Storage;

/// <summary>
/// Turns channel user and conversation ids into salted hashes, so the database never holds a raw id.
/// The salt comes from configuration, or is generated once and kept in the settings table so hashes
/// stay stable across restarts and instances sharing a database.
/// </summary>
public sealed class IdentityHasher(ISqlDatabase database, IOptions<StorageOptions> options)
{
    /// <summary>How many recent ids keep their hash: one turn hashes its user and conversation up to five times.</summary>
    private const int RememberedIds = 10_000;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly BoundedMemo<string, string> _recent = new(RememberedIds, StringComparer.Ordinal);
    private byte[]? _salt;
    private Func<string, string>? _hash;

    /// <summary>The key of a conversation in every table that keeps one: state, question log, feedback.</summary>
    public Task<string> ConversationAsync(string? channelId, string? conversationId, CancellationToken cancellationToken) =>
        HashAsync((channelId ?? "") + "\n" + conversationId, cancellationToken);

    /// <summary>The key of a user in the question log.</summary>
    public Task<string> UserAsync(string? channelId, string? userId, CancellationToken cancellationToken) =>
        HashAsync((channelId ?? "") + "\n" + userId, cancellationToken);

    public Task<string> HashAsync(string value, CancellationToken cancellationToken) =>
        _salt is { } salt ? Task.FromResult(Remembered(salt, value)) : HashFirstAsync(value, cancellationToken);

    private async Task<string> HashFirstAsync(string value, CancellationToken cancellationToken) =>
        Remembered(await LoadSaltAsync(cancellationToken), value);

    /// <summary>The salt never changes once loaded, so an id's hash is remembered rather than worked out again.</summary>
    private string Remembered(byte[] salt, string value) => _recent.GetOrAdd(value, _hash ??= v => Hash(salt, v));

    private static string Hash(byte[] salt, string value)
    {
        var mac = HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(value));
        return Convert.ToHexStringLower(mac.AsSpan(0, 16));
    }

    private async Task<byte[]> LoadSaltAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_salt is not null)
            {
                return _salt;
            }
            if (!string.IsNullOrWhiteSpace(options.Value.UserIdSalt))
            {
                return _salt = Encoding.UTF8.GetBytes(options.Value.UserIdSalt);
            }
            var fresh = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            // Two instances starting together both try to insert; the first wins and both read it back.
            var stored = await database.WriteAsync(async (connection, transaction, _) =>
            {
                await connection.ExecuteAsync(
                    "INSERT INTO settings (key, value) VALUES ('user_id_salt', @fresh) ON CONFLICT (key) DO NOTHING", new { fresh }, transaction);
                return await connection.ExecuteScalarAsync<string>("SELECT value FROM settings WHERE key = 'user_id_salt'", transaction: transaction);
            }, cancellationToken);
            return _salt = Encoding.UTF8.GetBytes(stored!);
        }
        finally
        {
            _gate.Release();
        }
    }
}
