package id.kinerjaflow.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The conservative reading of the JUEL expressions ({@code ${...}}, {@code #{...}}) in a model: an
 * allow-list grammar, not a blacklist. Accepted are only
 * <ul>
 * <li>plain variable reads ({@code ${appraiserUser}});</li>
 * <li>literals (strings, numbers, true, false, null);</li>
 * <li>comparison, logic and arithmetic of those ({@code ${!agreementApproved}},
 *     {@code ${score >= 80 && late == false}}), with parentheses and {@code a ? b : c};</li>
 * <li>{@code size()} and {@code isEmpty()} without arguments on a variable
 *     ({@code ${peerUsers.size() > 0}});</li>
 * <li>a call of an allow-listed bean method ({@code ${appraisalStage.enter(execution, 'RESULT')}}),
 *     whose arguments are literals, variable reads, {@code execution} or {@code task}.</li>
 * </ul>
 * Everything else is refused: property access ({@code a.b}, which calls a getter), index access,
 * any other method call, lambdas, assignments, several statements. Where a model names a date (a
 * timer, a due or follow-up date), Camunda's idiom {@code ${dateTime().plusDays(2).toDate()}} is
 * accepted as well ({@link #isDateIdiom}): it only computes a date.
 * <p>
 * The designer's check and the engine's own parse ({@link ModelSafetyPlugin}) read expressions by
 * these same rules.
 */
public final class Expressions {

    /** Methods any variable may be asked, with no argument: they only look at a collection or text. */
    public static final Set<String> INSPECTION_METHODS = Set.of("size", "isEmpty");
    /** What the engine puts in scope for a call: allowed as an argument of an allowed call only. */
    public static final Set<String> ENGINE_OBJECTS = Set.of("execution", "task");

    private static final Set<String> OPERATOR_WORDS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le",
            "ge", "empty", "div", "mod");
    private static final Set<String> LITERAL_WORDS = Set.of("true", "false", "null");

    private Expressions() {
    }

    /** One expression found in a text: its body (without ${ }) and where it starts. */
    public record Found(String body, int start) {
    }

    /** Why an expression is refused, as a message key and its argument. */
    public record Refusal(String code, String detail) {
    }

    /** {@code ${dateTime()}, then plusDays/Hours/Minutes/Weeks/Months/Years of a whole number, then toDate()}. */
    private static final java.util.regex.Pattern DATE_IDIOM = java.util.regex.Pattern.compile(
            "^\\s*[$#]\\{\\s*dateTime\\(\\s*\\)(\\s*\\.\\s*plus(Minutes|Hours|Days|Weeks|Months|Years)\\(\\s*\\d{1,4}\\s*\\))*"
            + "\\s*\\.\\s*toDate\\(\\s*\\)\\s*}\\s*$");

    /**
     * Whether the whole text is Camunda's due-date idiom, {@code ${dateTime().plusDays(2).toDate()}}:
     * now plus whole numbers of minutes to years. Harmless where a date is asked for.
     */
    public static boolean isDateIdiom(String text) {
        return text != null && DATE_IDIOM.matcher(text).matches();
    }

    /** Whether the text holds an expression at all. */
    public static boolean hasExpression(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    /** Every expression in a (composite) text; an unterminated one gives a body of null. */
    public static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < text.length() - 1) {
            char c = text.charAt(i);
            if ((c == '$' || c == '#') && text.charAt(i + 1) == '{') {
                int end = closing(text, i + 2);
                if (end < 0) {
                    found.add(new Found(null, i));
                    return found;
                }
                found.add(new Found(text.substring(i + 2, end), i));
                i = end + 1;
            } else {
                i++;
            }
        }
        return found;
    }

    private static int closing(String text, int from) {
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '}') {
                return i;
            }
        }
        return -1;
    }

    /** The refusal of the first expression in the text that is not allowed, if any. */
    public static Optional<Refusal> check(String text, Set<String> allowedCalls) {
        for (Found f : find(text)) {
            if (f.body() == null) {
                return Optional.of(new Refusal("designer.problem.EXPRESSION_UNTERMINATED", text));
            }
            Optional<Refusal> r = checkBody(f.body(), allowedCalls);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    /** The one variable (or bean) name when the whole text is exactly {@code ${name}}. */
    public static Optional<String> plainRead(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        if (!(t.startsWith("${") || t.startsWith("#{")) || !t.endsWith("}")) {
            return Optional.empty();
        }
        List<Found> found = find(t);
        if (found.size() != 1 || found.get(0).body() == null || found.get(0).start() != 0) {
            return Optional.empty();
        }
        List<Token> tokens;
        try {
            tokens = tokenize(found.get(0).body());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (tokens.size() == 1 && tokens.get(0).kind == Kind.IDENT && !isWord(tokens.get(0).text)) {
            return Optional.of(tokens.get(0).text);
        }
        return Optional.empty();
    }

    public static Optional<Refusal> checkBody(String body, Set<String> allowedCalls) {
        try {
            Parser p = new Parser(tokenize(body), allowedCalls);
            p.expression();
            if (!p.atEnd()) {
                throw new Refused("designer.problem.EXPRESSION_SYNTAX", p.peek().text);
            }
            return Optional.empty();
        } catch (Refused r) {
            return Optional.of(new Refusal(r.code, r.detail));
        } catch (IllegalArgumentException e) {
            return Optional.of(new Refusal("designer.problem.EXPRESSION_SYNTAX", e.getMessage()));
        }
    }

    private static boolean isWord(String s) {
        return OPERATOR_WORDS.contains(s) || LITERAL_WORDS.contains(s) || "instanceof".equals(s);
    }

    // ---- tokens ---------------------------------------------------------------------------------

    private enum Kind { IDENT, STRING, NUMBER, OP }

    private record Token(Kind kind, String text) {
    }

    private static final List<String> OPERATORS = List.of("==", "!=", "<=", ">=", "&&", "||", "->", "+=", "<",
            ">", "!", "+", "-", "*", "/", "%", "?", ":", "(", ")", ",", ".", "[", "]", ";", "=", "{", "}");

    private static List<Token> tokenize(String s) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetter(c) || c == '_' || c == '$') {
                int j = i + 1;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_'
                        || s.charAt(j) == '$')) {
                    j++;
                }
                tokens.add(new Token(Kind.IDENT, s.substring(i, j)));
                i = j;
            } else if (Character.isDigit(c)) {
                int j = i + 1;
                while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.'
                        || s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
                    j++;
                }
                tokens.add(new Token(Kind.NUMBER, s.substring(i, j)));
                i = j;
            } else if (c == '\'' || c == '"') {
                int j = i + 1;
                StringBuilder text = new StringBuilder();
                while (j < s.length() && s.charAt(j) != c) {
                    if (s.charAt(j) == '\\' && j + 1 < s.length()) {
                        j++;
                    }
                    text.append(s.charAt(j));
                    j++;
                }
                if (j >= s.length()) {
                    throw new IllegalArgumentException(s.substring(i));
                }
                tokens.add(new Token(Kind.STRING, text.toString()));
                i = j + 1;
            } else {
                String op = null;
                for (String candidate : OPERATORS) {
                    if (s.startsWith(candidate, i)) {
                        op = candidate;
                        break;
                    }
                }
                if (op == null) {
                    throw new IllegalArgumentException(String.valueOf(c));
                }
                tokens.add(new Token(Kind.OP, op));
                i += op.length();
            }
        }
        return tokens;
    }

    // ---- grammar --------------------------------------------------------------------------------

    private static final class Refused extends RuntimeException {
        final String code;
        final String detail;

        Refused(String code, String detail) {
            super(code, null, false, false);
            this.code = code;
            this.detail = detail;
        }
    }

    /**
     * expression := or ('?' expression ':' expression)?;  or := and (('||'|'or') and)*;
     * and := equality (('&&'|'and') equality)*;  equality := relation (('=='|'!='|'eq'|'ne') relation)*;
     * relation := sum (('<'|'>'|'<='|'>='|'lt'|'gt'|'le'|'ge') sum)*;  sum := product (('+'|'-') product)*;
     * product := unary (('*'|'/'|'%'|'div'|'mod') unary)*;  unary := ('!'|'not'|'-'|'empty') unary | primary;
     * primary := literal | '(' expression ')' | name | name '.' inspection '(' ')' | bean '.' method '(' args ')'.
     */
    private static final class Parser {
        private final List<Token> tokens;
        private final Set<String> allowedCalls;
        private int pos;

        Parser(List<Token> tokens, Set<String> allowedCalls) {
            this.tokens = tokens;
            this.allowedCalls = allowedCalls;
        }

        boolean atEnd() {
            return pos >= tokens.size();
        }

        Token peek() {
            return atEnd() ? new Token(Kind.OP, "<end>") : tokens.get(pos);
        }

        private boolean accept(String... texts) {
            if (atEnd()) {
                return false;
            }
            Token t = tokens.get(pos);
            if (t.kind == Kind.STRING || t.kind == Kind.NUMBER) {
                return false;
            }
            for (String text : texts) {
                if (t.text.equals(text)) {
                    pos++;
                    return true;
                }
            }
            return false;
        }

        private void expect(String text) {
            if (!accept(text)) {
                throw new Refused("designer.problem.EXPRESSION_SYNTAX", peek().text);
            }
        }

        void expression() {
            or();
            if (accept("?")) {
                expression();
                expect(":");
                expression();
            }
        }

        private void or() {
            and();
            while (accept("||", "or")) {
                and();
            }
        }

        private void and() {
            equality();
            while (accept("&&", "and")) {
                equality();
            }
        }

        private void equality() {
            relation();
            while (accept("==", "!=", "eq", "ne")) {
                relation();
            }
        }

        private void relation() {
            sum();
            while (accept("<", ">", "<=", ">=", "lt", "gt", "le", "ge")) {
                sum();
            }
        }

        private void sum() {
            product();
            while (accept("+", "-")) {
                product();
            }
        }

        private void product() {
            unary();
            while (accept("*", "/", "%", "div", "mod")) {
                unary();
            }
        }

        private void unary() {
            if (accept("!", "not", "-", "empty")) {
                unary();
                return;
            }
            primary(false);
        }

        /** @param asArgument inside the arguments of an allowed call, where execution and task may be passed */
        private void primary(boolean asArgument) {
            if (atEnd()) {
                throw new Refused("designer.problem.EXPRESSION_SYNTAX", "<end>");
            }
            Token t = tokens.get(pos);
            if (t.kind == Kind.STRING || t.kind == Kind.NUMBER) {
                pos++;
                return;
            }
            if (accept("(")) {
                expression();
                expect(")");
                return;
            }
            if (t.kind != Kind.IDENT || OPERATOR_WORDS.contains(t.text) || "instanceof".equals(t.text)) {
                throw new Refused("designer.problem.EXPRESSION_SYNTAX", t.text);
            }
            pos++;
            if (LITERAL_WORDS.contains(t.text)) {
                return;
            }
            String name = t.text;
            if (accept(".")) {
                Token member = peek();
                if (member.kind != Kind.IDENT) {
                    throw new Refused("designer.problem.EXPRESSION_SYNTAX", member.text);
                }
                pos++;
                if (!accept("(")) {
                    throw new Refused("designer.problem.EXPRESSION_PROPERTY", name + "." + member.text);
                }
                String call = name + "." + member.text;
                if (INSPECTION_METHODS.contains(member.text) && !ENGINE_OBJECTS.contains(name)) {
                    if (!accept(")")) {
                        throw new Refused("designer.problem.EXPRESSION_CALL", call + "(...)");
                    }
                } else if (allowedCalls.contains(call)) {
                    if (!accept(")")) {
                        do {
                            argument();
                        } while (accept(","));
                        expect(")");
                    }
                } else {
                    throw new Refused("designer.problem.EXPRESSION_CALL", call + "()");
                }
            } else if (peek().kind == Kind.OP && peek().text.equals("(")) {
                throw new Refused("designer.problem.EXPRESSION_CALL", name + "()");
            } else if (ENGINE_OBJECTS.contains(name) && !asArgument) {
                throw new Refused("designer.problem.EXPRESSION_ENGINE_OBJECT", name);
            }
            if (!atEnd() && (peek().text.equals("[") || peek().text.equals(".")) && peek().kind == Kind.OP) {
                throw new Refused("designer.problem.EXPRESSION_PROPERTY", name + peek().text);
            }
        }

        /** An argument of an allowed call: a literal, a variable, execution or task, nothing more. */
        private void argument() {
            Token t = peek();
            if (t.kind == Kind.STRING || t.kind == Kind.NUMBER) {
                pos++;
                return;
            }
            if (t.kind == Kind.IDENT && !OPERATOR_WORDS.contains(t.text)) {
                pos++;
                if (!atEnd() && peek().kind == Kind.OP && (peek().text.equals(".") || peek().text.equals("(")
                        || peek().text.equals("["))) {
                    throw new Refused("designer.problem.EXPRESSION_CALL", t.text + peek().text);
                }
                return;
            }
            throw new Refused("designer.problem.EXPRESSION_SYNTAX", t.text);
        }
    }
}
