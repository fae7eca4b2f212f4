<?php
/**
 * The markup every widget is written as: `<div data-opicescr="map" data-lang="es" …>` with
 * fallback content, which the widgets' script turns into the element. It is the only markup a CMS
 * keeps for authors and contributors (kses strips scripts and unknown tags, keeps data-*), and its
 * fallback is what feeds, e-mail and search engines see. Every value is escaped here, once.
 * Values come in already checked (includes/options.php); escaping does not depend on that.
 *
 * @package OpicescrWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * A widget's mount with its fallback content.
 *
 * @param string $kind    A kind from opicescr_widgets_kinds().
 * @param array  $options Cleaned options (opicescr_widgets_clean_options()).
 * @param array  $extra   More attributes for the div, such as class.
 * @return string
 */
function opicescr_widgets_mount( $kind, array $options, array $extra = array() ) {
	$attributes = array_merge( $extra, array( 'data-opicescr' => $kind ) );
	foreach ( $options as $name => $value ) {
		$attributes[ 'data-' . $name ] = $value;
	}
	if ( ! isset( $options['src'] ) && '' !== opicescr_widgets_status_url() ) {
		$attributes['data-src'] = opicescr_widgets_status_url();
	}
	$html = '<div';
	foreach ( $attributes as $name => $value ) {
		// Every character encoded, entities included (esc_attr() would leave "&quot;" as it is and
		// the page would read a quote): the element receives exactly the value that was checked.
		$html .= ' ' . $name . '="' . htmlspecialchars( $value, ENT_QUOTES | ENT_HTML5, 'UTF-8', true ) . '"';
	}
	return $html . '>' . opicescr_widgets_fallback( $kind, $options['lang'] ?? '' ) . '</div>';
}

/**
 * What a reader sees where the widget cannot run: one paragraph, a link where there is one.
 *
 * @param string $kind A kind from opicescr_widgets_kinds().
 * @param string $lang The widget's language, or '' for the site's.
 * @return string
 */
function opicescr_widgets_fallback( $kind, $lang ) {
	$fallbacks = opicescr_widgets_table()['fallbacks'][ opicescr_widgets_fallback_language( $lang ) ];
	if ( ! isset( $fallbacks[ $kind ] ) ) {
		return '';
	}
	$text = esc_html( $fallbacks[ $kind ]['text'] );
	$href = $fallbacks[ $kind ]['href'];
	return '<p>' . ( '' === $href ? $text : '<a href="' . esc_url( $href ) . '">' . $text . '</a>' ) . '</p>';
}
