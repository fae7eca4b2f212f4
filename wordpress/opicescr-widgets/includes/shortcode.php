<?php
/**
 * The shortcode for the classic editor and page builders:
 * `[opicescr element="map" lang="es" region="africa" as-of="2013-05-05"]`. Every option of the
 * element is an attribute; WordPress lower-cases attribute names, so `as-of`, `asof` and `as_of`
 * all mean the option `as-of`. Unknown attributes and invalid values are dropped, never echoed.
 *
 * @package OpicescrWidgets
 */

defined( 'ABSPATH' ) || exit;

const OPICESCR_WIDGETS_SHORTCODE = 'opicescr';

/**
 * Renders the shortcode as the widget's mount and asks for the script.
 *
 * @param array|string $atts The shortcode's attributes ('' when it has none).
 * @return string
 */
function opicescr_widgets_shortcode( $atts ) {
	$atts  = is_array( $atts ) ? $atts : array();
	$kinds = opicescr_widgets_kinds();
	$kind  = isset( $atts['element'] ) && is_string( $atts['element'] ) ? strtolower( trim( $atts['element'] ) ) : 'map';
	if ( ! isset( $kinds[ $kind ] ) ) {
		return '';
	}
	$raw = array();
	foreach ( $atts as $name => $value ) {
		$option = opicescr_widgets_option_named( $kind, (string) $name );
		if ( null !== $option ) {
			$raw[ $option ] = $value;
		}
	}
	opicescr_widgets_enqueue_script();
	return opicescr_widgets_mount(
		$kind,
		opicescr_widgets_clean_options( $kind, $raw ),
		array( 'class' => 'opicescr-widget opicescr-widget-' . $kind )
	);
}

/**
 * The option an attribute name stands for, whatever its case and separators ("asOf", "as_of").
 *
 * @param string $kind A kind from opicescr_widgets_kinds().
 * @param string $name The attribute's name as written.
 * @return string|null
 */
function opicescr_widgets_option_named( $kind, $name ) {
	$bare = strtolower( str_replace( array( '-', '_' ), '', $name ) );
	foreach ( array_keys( opicescr_widgets_kinds()[ $kind ]['options'] ) as $option ) {
		if ( str_replace( '-', '', $option ) === $bare ) {
			return $option;
		}
	}
	return null;
}
