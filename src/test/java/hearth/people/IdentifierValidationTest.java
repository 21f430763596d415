package hearth.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifierValidationTest {

    @Test
    void acceptsAnNhsNumberWhoseCheckDigitIsRightWithOrWithoutSpaces() {
        assertThat(NhsNumber.isValid("9434765919")).isTrue();
        assertThat(NhsNumber.isValid("943 476 5919")).isTrue();
    }

    @Test
    void refusesAnNhsNumberWithTheWrongCheckDigitOrLength() {
        assertThat(NhsNumber.isValid("9434765918")).isFalse();
        assertThat(NhsNumber.isValid("943476591")).isFalse();
        assertThat(NhsNumber.isValid("94347659190")).isFalse();
        assertThat(NhsNumber.isValid("94347A5919")).isFalse();
        assertThat(NhsNumber.isValid(null)).isFalse();
    }

    @Test
    void refusesEveryNumberWhoseCheckDigitWouldBeTen() {
        // weighted sum of 000000006 is 6 x 2 = 12, and 11 - (12 mod 11) = 10: no valid check digit
        assertThat(NhsNumber.checkDigit("000000006")).isEqualTo(-1);
        for (int d = 0; d < 10; d++) {
            assertThat(NhsNumber.isValid("000000006" + d)).isFalse();
        }
    }

    @Test
    void acceptsAUpnWithTheRightCheckLetter() {
        String body = "82012345678" + "9";
        String upn = Upn.checkLetter(body) + body;
        assertThat(Upn.isValid(upn)).isTrue();
        assertThat(Upn.isValid(upn.toLowerCase())).isTrue();
    }

    @Test
    void acceptsATemporaryUpnEndingInALetter() {
        String body = "82012345678" + "A";
        assertThat(Upn.isValid(Upn.checkLetter(body) + body)).isTrue();
    }

    @Test
    void refusesAUpnWithTheWrongCheckLetterOrShape() {
        String body = "820123456789";
        char right = Upn.checkLetter(body);
        char wrong = right == 'A' ? 'B' : 'A';
        assertThat(Upn.isValid(wrong + body)).isFalse();
        assertThat(Upn.isValid(right + "82012345678I")).isFalse();
        assertThat(Upn.isValid("820123456789X")).isFalse();
        assertThat(Upn.isValid(right + "8201234567")).isFalse();
    }

    @Test
    void computesTheDfeExampleCheckLetter() {
        // weights 2..13 over "000000000001": 1*13 = 13 -> 13th letter of ABCDEFGHJKLMNPQRTUVWXYZ (0-based) is P
        assertThat(Upn.checkLetter("000000000001")).isEqualTo('P');
    }
}
