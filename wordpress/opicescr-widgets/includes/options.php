<?php
/**
 * Cleans widget options that come from authors (shortcode attributes, block attributes): every
 * value is checked against the option's rule and a value that fails is dropped, never repaired
 * or echoed. The block sidebar applies the same rules in editor/blocks.js.
 *
 * @package OpicescrWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The options of one kind of widget that pass their rules, as element option name => value.
 *
 * @param string $kind A kind from opicescr_widgets_kinds().
 * @param array  $raw  Option values keyed by option name (as-of, max-age, …); other keys are ignored.
 * @return array
 */
function opicescr_widgets_clean_options( $kind, array $raw ) {
	$kinds = opicescr_widgets_kinds();
	if ( ! isset( $kinds[ $kind ] ) ) {
		return array();
	}
	$clean = array();
	foreach ( $kinds[ $kind ]['options'] as $name => $rule ) {
		if ( ! isset( $raw[ $name ] ) || ! is_scalar( $raw[ $name ] ) ) {
			continue;
		}
		// Post content holds text as HTML: `&amp;` in a URL, `&quot;` typed by an author. The
		// rules apply to the text the value stands for, which is also what the page will see.
		$text  = html_entity_decode( (string) $raw[ $name ], ENT_QUOTES | ENT_HTML5, 'UTF-8' );
		$value = opicescr_widgets_clean_value( trim( $text ), $rule );
		if ( null !== $value ) {
			$clean[ $name ] = $value;
		}
	}
	return $clean;
}

/**
 * One value checked against its rule: the value to use, or null to leave the option out.
 *
 * @param string $value The value as written.
 * @param array  $rule  The option's rule from the generated table.
 * @return string|null
 */
function opicescr_widgets_clean_value( $value, array $rule ) {
	if ( '' === $value ) {
		return null;
	}
	switch ( $rule['control'] ) {
		case 'choice':
			return in_array( $value, array_column( $rule['values'], 0 ), true ) ? $value : null;
		case 'choices':
			// Any of the values, separated by spaces or commas (as the elements read them); one
			// unknown word makes the whole value unknown rather than quietly narrowing the list.
			$words = preg_split( '/[\s,]+/', $value, -1, PREG_SPLIT_NO_EMPTY );
			$known = array_column( $rule['values'], 0 );
			if ( ! $words || array_diff( $words, $known ) ) {
				return null;
			}
			return implode( ' ', array_values( array_intersect( $known, $words ) ) );
		case 'text':
			if ( ! preg_match( '/' . str_replace( '/', '\/', $rule['pattern'] ) . '/D', $value ) ) {
				return null;
			}
			return empty( $rule['upperCase'] ) ? $value : strtoupper( $value );
		case 'date':
			if ( ! preg_match( '/^(\d{4})-(\d{2})-(\d{2})$/D', $value, $parts ) ) {
				return null;
			}
			return checkdate( (int) $parts[2], (int) $parts[3], (int) $parts[1] ) ? $value : null;
		case 'number':
			if ( ! preg_match( '/^\d{1,6}$/D', $value ) || (int) $value < $rule['min'] ) {
				return null;
			}
			return (string) (int) $value;
		case 'url':
			return opicescr_widgets_https_url( $value );
	}
	return null;
}

/**
 * An absolute https URL as it was given, or null: the only kind of address the plugin passes on.
 *
 * @param string $url The address to check.
 * @return string|null
 */
function opicescr_widgets_https_url( $url ) {
	$url = trim( $url );
	if ( '' === $url || strlen( $url ) > 2000 || ! filter_var( $url, FILTER_VALIDATE_URL ) ) {
		return null;
	}
	$parts = wp_parse_url( $url );
	if ( ! is_array( $parts ) || 'https' !== strtolower( $parts['scheme'] ?? '' ) || empty( $parts['host'] ) ) {
		return null;
	}
	// esc_url_raw() drops what a URL must not hold (quotes, spaces, control characters); a URL it
	// has to change is not one an admin meant.
	return esc_url_raw( $url, array( 'https' ) ) === $url ? $url : null;
}
