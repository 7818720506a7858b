// The engine (vis-timeline) loads after the first view: TimelinePane imports './Timeline' itself.
export type { TimelineProps } from './Timeline';
export {
  centerOn,
  DESK_EDGE_SHARE,
  edgeShareFor,
  frameEvent,
  chronological,
  coreWindow,
  panWindow,
  stepThrough,
  toItems,
  toLanes,
  windowAround,
  periodId,
  windowItems,
  createWindowItems,
  MAX_ITEMS,
  planByCount,
  type WindowPlan,
  zoomWindow,
  zoomAround,
  type ItemModel,
  type LaneModel,
  type WindowContent,
} from './model';
export { countLanes, type DensityModel } from './density-layer';
export { deskFit, HALF_BOX } from './desk-fit';
export {
  layoutPicture,
  wrapTitle,
  ticksOf,
  PICTURE,
  type PictureLayout,
  type PictureItem,
  type PictureOptions,
  type PictureTick,
} from './picture';
