using CroydonBot.Protocol;

namespace CroydonBot.DirectLine;

/// <summary>The error results the endpoint answers with, always as an <see cref="ErrorResponse"/> body.</summary>
public static class DirectLineErrors
{
    public static IResult Unauthorized(string message) => Error(StatusCodes.Status401Unauthorized, "Unauthorized", message);

    public static IResult Forbidden(string message) => Error(StatusCodes.Status403Forbidden, "Forbidden", message);

    public static IResult TokenExpired() => Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired; get a new one.");

    public static IResult NotFound(string message) => Error(StatusCodes.Status404NotFound, "NotFound", message);

    public static IResult BadArgument(string message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult TooLarge() => Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"An activity may be at most {ActivityRequest.MaxBodyBytes / 1024} KB.");

    /// <summary>
    /// 429 as problem details, like every other refusal of the app, carrying Direct Line's own error member too.
    /// </summary>
    // PROTOCOL: Direct Line answers errors with {"error":{"code","message"}}; this body is problem details
    // (application/problem+json) with that member added, so Direct Line clients and HTTP tooling both read it.
    public static IResult TooManyRequests(string message) => Results.Problem(
        statusCode: StatusCodes.Status429TooManyRequests,
        title: message,
        extensions: new Dictionary<string, object?> { ["error"] = new ErrorDetail("TooManyRequests", message) });

    public static IResult BotError() => Error(StatusCodes.Status502BadGateway, "BotError", "The bot could not handle the activity.");

    public static IResult Error(int status, string code, string message) =>
        Results.Json(ErrorResponse.Of(code, message), ProtocolJson.Options, statusCode: status);
}
