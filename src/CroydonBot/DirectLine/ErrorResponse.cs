namespace CroydonBot.DirectLine;

/// <summary>Direct Line's error body: <c>{"error":{"code","message"}}</c>.</summary>
public sealed record ErrorResponse(ErrorDetail Error)
{
    public static ErrorResponse Of(string code, string message) => new(new ErrorDetail(code, message));
}

/// <summary>The code and message inside an <see cref="ErrorResponse"/>.</summary>
public sealed record ErrorDetail(string Code, string Message);
